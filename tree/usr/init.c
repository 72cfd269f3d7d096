/*
 * init: the first user process (pid 1)
 *
 * The kernel execs init from the embedded program table (usr/programs.S)
 * once it is up.  With no arguments, init runs a short demonstration and
 * powers the machine off.  With "--ktest LIST" (the kernel's ktest=user),
 * it runs the user self-tests below as a KTAP subtest and exits 0 if all
 * passed; the kernel then prints the enclosing result line.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <process.h>
#include <stdio.h>
#include <string.h>
#include <syscall.h>

/* The user self-tests, in the order "--ktest '*'" runs them. */
static const char *const user_tests[] = {
	"t_fork", "t_pipe", "t_exec", "t_wait", "t_sleep", "t_mem",
	"t_fpu", "t_priv", "t_iopl", "t_tls", "t_sysenter", "t_syscall",
};

#define EXIT_SKIP	77	/* as in ktest.h */

static bool is_user_test(const char *name)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(user_tests); i++)
		if (!strcmp(name, user_tests[i]))
			return true;
	return false;
}

/* Run one test and print its KTAP line; true if it failed. */
static bool run_test(int i, const char *name)
{
	char *argv[] = { (char *)name, NULL };
	char why[32];
	int pid, status = 0;

	if (!is_user_test(name)) {
		printf("    # %s: no such user test\n", name);
		printf("    not ok %d %s\n", i, name);
		return true;
	}
	pid = spawn(name, argv);
	if (pid < 0 || wait_for(pid, &status) < 0) {
		printf("    # %s: fork or wait failed: %d\n", name, pid);
		printf("    not ok %d %s\n", i, name);
		return true;
	}
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
		printf("    ok %d %s\n", i, name);
	} else if (WIFEXITED(status) && WEXITSTATUS(status) == EXIT_SKIP) {
		printf("    ok %d %s # SKIP\n", i, name);
	} else {
		printf("    # %s: %s\n", name,
		       wait_status_str(status, why, sizeof(why)));
		printf("    not ok %d %s\n", i, name);
		return true;
	}
	return false;
}

/* Split a comma-separated list; name gets the next entry, truncated. */
static const char *next_name(const char *list, char *name, size_t size)
{
	size_t n = 0;

	for (; *list && *list != ','; list++)
		if (n + 1 < size)
			name[n++] = *list;
	name[n] = '\0';
	return *list ? list + 1 : NULL;
}

static int ktest(const char *list)
{
	bool all = !strcmp(list, "*");
	int m = all ? (int)ARRAY_SIZE(user_tests) : 1, i, failed = 0;
	const char *p;
	char name[32];
	int status;

	for (p = list; !all && *p; p++)
		m += *p == ',';
	printf("    KTAP version 1\n    # Subtest: user\n    1..%d\n", m);
	for (i = 1, p = list; i <= m; i++) {
		if (!all)
			p = next_name(p, name, sizeof(name));
		failed += run_test(i, all ? user_tests[i - 1] : name);
	}
	while (wait(&status) >= 0)	/* orphans the tests left to us */
		;
	return failed ? 1 : 0;
}

/* The demonstration: the parent sends a line through a pipe to a child. */
static void demo_pipe(void)
{
	static const char msg[] = "a message sent through a pipe by pid 1";
	char buf[64];
	int fds[2], pid, n, status;

	if (pipe(fds) < 0 || (pid = fork()) < 0) {
		puts("  pipe or fork failed");
		return;
	}
	if (pid == 0) {
		close(fds[1]);
		n = read(fds[0], buf, sizeof(buf) - 1);
		buf[n > 0 ? n : 0] = '\0';
		printf("  pid %d (child of %d) read: \"%s\"\n", getpid(),
		       getppid(), buf);
		exit(n == sizeof(msg) - 1 ? 0 : 1);
	}
	close(fds[0]);
	write(fds[1], msg, sizeof(msg) - 1);
	close(fds[1]);
	wait_for(pid, &status);
}

static void demo_hello(void)
{
	char *argv[] = { "hello", "from", "init", NULL };
	char why[32];
	int pid, status = 0;

	pid = spawn("hello", argv);
	if (pid < 0 || wait_for(pid, &status) < 0)
		puts("  fork or wait failed");
	else
		printf("  hello (pid %d) %s\n", pid,
		       wait_status_str(status, why, sizeof(why)));
}

static int demo(void)
{
	struct pv_sysinfo si = { 0 };
	unsigned int ms;

	sysinfo(&si);
	puts("");
	puts("pv386: a small i386 kernel in the Linux 2.6.20 layout.");
	puts("This is init, pid 1, a user program embedded in the kernel.");
	printf("  timer %u Hz, %u KiB free, sysenter %s\n", si.hz,
	       si.nr_free_pages * 4, si.has_sysenter ? "on" : "off");
	puts("Running hello with fork + exec + wait:");
	demo_hello();
	puts("A pipe between two processes:");
	demo_pipe();
	ms = uptime();
	printf("Up %u.%03u s.  Self-tests: make run APPEND=ktest\n",
	       ms / 1000, ms % 1000);
	puts("Powering off.");
	return poweroff(0);
}

int main(int argc, char *argv[])
{
	if (argc >= 3 && !strcmp(argv[1], "--ktest"))
		return ktest(argv[2]);
	if (argc >= 2) {
		printf("init: usage: init [--ktest '*'|t_a,t_b,...]\n");
		return 1;
	}
	demo();
	puts("init: poweroff failed");
	return 1;
}
