/*
 * The self-test runner: ktest= on the command line, KTAP on the console
 *
 * The init thread (init/main.c) calls ktest_run_all() when ktest was
 * given.  Suites come from the .ktest.suites section (KTEST_SUITE, in
 * the *_ktest files next to the code they test) plus the user-space
 * suite, which runs usr/init in --ktest mode.  Output is KTAP version 1
 * as KUnit prints it: a top-level plan, each suite as an indented
 * subtest with its own plan, then one result line per suite.  Finally
 * the machine powers off with POWEROFF_OK or POWEROFF_FAIL.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/ktest.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <linux/cmdline.h>
#include <linux/reboot.h>
#include <linux/errno.h>
#include <asm/msr.h>

static bool requested;
static char selection[COMMAND_LINE_SIZE_MAX];	/* "" = all */

/* ktest runs everything; ktest=a,b runs the named suites. */
static int ktest_setup(const char *val)
{
	requested = true;
	strlcpy(selection, val, sizeof(selection));
	return 0;
}
__setup("ktest=", ktest_setup);

static int ktest_all_setup(const char *val)
{
	return ktest_setup("");
}
__setup("ktest", ktest_all_setup);

bool ktest_requested(void)
{
	return requested;
}

static int user_suite(const char *filter);
static const struct ktest_suite user_ktest_suite = {
	"user", NULL, 0, user_suite,
};

void ktest_fail(struct ktest *t, const char *file, int line,
		const char *fmt, ...)
{
	char msg[160];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	printk(KERN_EMERG "    # %s: %s:%d: %s\n", t->name, file, line, msg);
	t->failed++;
}

void ktest_skip(struct ktest *t, const char *reason)
{
	t->skip_reason = reason;
}

static int run_suite(const struct ktest_suite *s)
{
	int i, failed = 0;

	printk(KERN_EMERG "    KTAP version 1\n    # Subtest: %s\n    1..%d\n",
	       s->name, s->nr_cases);
	for (i = 0; i < s->nr_cases; i++) {
		struct ktest t = { s->cases[i].name, 0, NULL };

		s->cases[i].run(&t);
		if (t.failed)
			failed++;
		if (t.skip_reason && !t.failed)
			printk(KERN_EMERG "    ok %d %s # SKIP %s\n", i + 1,
			       t.name, t.skip_reason);
		else
			printk(KERN_EMERG "    %sok %d %s\n",
			       t.failed ? "not " : "", i + 1, t.name);
	}
	return failed ? -1 : 0;
}

/* The user-space suite: init --ktest <filter> prints its own subtest. */
static int user_suite(const char *filter)
{
	const char *argv[] = { "init", "--ktest", filter, NULL };
	int status;
	pid_t pid = spawn_user("init", argv);

	if (pid < 0) {
		printk(KERN_EMERG "    # user: cannot start init (%d)\n", pid);
		return -1;
	}
	if (do_wait(pid, &status) != pid || status) {
		printk(KERN_EMERG "    # user: init ended with status 0x%x\n",
		       status);
		return -1;
	}
	return 0;
}

static bool selected(const char *name)
{
	return !selection[0] || list_contains(selection, name);
}

/* Counts selected suites, and reports names matching none. */
static int plan(int *unknown)
{
	const struct ktest_suite *s;
	char tok[64];
	const char *p = selection;
	int n = selected(user_ktest_suite.name);

	for (s = __ktest_suites_start; s < __ktest_suites_end; s++)
		n += selected(s->name);
	*unknown = 0;
	while (*p) {
		const char *end = strchr(p, ',');
		size_t len = end ? (size_t)(end - p) : strlen(p);
		bool found = !strncmp(user_ktest_suite.name, p, len) &&
			     len == strlen(user_ktest_suite.name);

		strlcpy(tok, p, min(len + 1, sizeof(tok)));
		for (s = __ktest_suites_start; s < __ktest_suites_end; s++)
			found |= !strcmp(s->name, tok);
		if (!found) {
			printk(KERN_ERR "ktest: no suite named '%s'\n", tok);
			(*unknown)++;
		}
		p += len + (end ? 1 : 0);
	}
	return n + *unknown;
}

void ktest_run_all(void)
{
	const struct ktest_suite *s;
	int n = 0, failed = 0, unknown, total = plan(&unknown);

	/* Under qemu -icount shift=0 the TSC counts guest instructions. */
	printk(KERN_INFO "ktest: starting at TSC %llu\n", rdtscll());
	printk(KERN_EMERG "KTAP version 1\n1..%d\n", total);
	for (s = __ktest_suites_start; s < __ktest_suites_end; s++) {
		int r;

		if (!selected(s->name))
			continue;
		r = run_suite(s);
		failed += r != 0;
		printk(KERN_EMERG "%sok %d %s\n", r ? "not " : "", ++n, s->name);
	}
	if (selected(user_ktest_suite.name)) {
		int r = user_suite("*");

		failed += r != 0;
		printk(KERN_EMERG "%sok %d user\n", r ? "not " : "", ++n);
	}
	while (n < total)
		printk(KERN_EMERG "not ok %d unknown-suite # no such suite\n", ++n);
	failed += unknown;
	printk(KERN_EMERG "# ktest: %d of %d suites failed\n", failed, total);
	machine_power_off(failed ? POWEROFF_FAIL : POWEROFF_OK);
}
