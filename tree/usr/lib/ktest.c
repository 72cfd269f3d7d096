/*
 * User-space self-test scaffolding: diagnostics, checks and verdicts
 *
 * Linked into every program; used by the t_*.c tests that init runs in
 * --ktest mode (see ktest.h for the exit-status protocol).  A failed
 * check prints "    # line N: ..." and is counted; test_result() turns
 * the count into the exit status.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <ktest.h>
#include <stdio.h>

static int test_failures;

static void vdiag(const char *fmt, va_list ap)
{
	char line[240];

	vsnprintf(line, sizeof(line), fmt, ap);
	printf("    # %s\n", line);
}

void diag(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vdiag(fmt, ap);
	va_end(ap);
}

bool check_that(bool ok, int line, const char *fmt, ...)
{
	char msg[200];
	va_list ap;

	if (ok)
		return true;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	diag("line %d: %s", line, msg);
	test_failures++;
	return false;
}

bool check_eq(long got, long want, const char *expr, int line)
{
	return check_that(got == want, line,
			  "%s is %ld (%#lx), want %ld (%#lx)",
			  expr, got, got, want, want);
}

bool check_exited(int status, int code, const char *what)
{
	char buf[32];

	if (status >= 0 && WIFEXITED(status) && WEXITSTATUS(status) == code)
		return true;
	if (status < 0)
		diag("%s: fork or wait failed: %d", what, status);
	else
		diag("%s: %s, want exit %d", what,
		     wait_status_str(status, buf, sizeof(buf)), code);
	test_failures++;
	return false;
}

bool check_killed(int status, int sig, const char *what)
{
	char buf[32];

	if (status >= 0 && WIFSIGNALED(status) && WTERMSIG(status) == sig)
		return true;
	if (status < 0)
		diag("%s: fork or wait failed: %d", what, status);
	else
		diag("%s: %s, want signal %d", what,
		     wait_status_str(status, buf, sizeof(buf)), sig);
	test_failures++;
	return false;
}

int test_result(void)
{
	return test_failures ? EXIT_FAIL : EXIT_PASS;
}

int test_skip(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vdiag(fmt, ap);
	va_end(ap);
	return EXIT_SKIP;
}

void test_sysinfo(struct pv_sysinfo *info)
{
	int r = sysinfo(info);

	if (r < 0) {
		diag("sysinfo failed: %d", r);
		exit(EXIT_FAIL);
	}
}
