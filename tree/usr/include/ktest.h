/*
 * User-space self-test scaffolding: diagnostics, checks and verdicts
 *
 * Each t_*.c program is run by init in --ktest mode and judged by its
 * exit status: 0 pass, 1 fail, 77 skip.  Anything a test wants to say
 * goes out as a KTAP diagnostic line, "    # ..." (indented to init's
 * subtest level).  CHECK* count failures and print the line that failed;
 * main() ends with "return test_result();".  usr/lib/ktest.c.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _USR_KTEST_H
#define _USR_KTEST_H

#include <types.h>
#include <process.h>
#include <syscall.h>

#define EXIT_PASS	0
#define EXIT_FAIL	1
#define EXIT_SKIP	77

/* One "    # ..." line, written with a single write(). */
void diag(const char *fmt, ...) __printf(1, 2);

/* Each returns its verdict (true: passed) and counts a failure. */
bool check_that(bool ok, int line, const char *fmt, ...) __printf(3, 4);
bool check_eq(long got, long want, const char *expr, int line);
bool check_exited(int status, int code, const char *what);
bool check_killed(int status, int sig, const char *what);

#define CHECK(cond, ...)	check_that(!!(cond), __LINE__, __VA_ARGS__)
#define CHECK_EQ(got, want)	check_eq((long)(got), (long)(want), #got, \
					 __LINE__)

/* EXIT_FAIL if any check failed, else EXIT_PASS. */
int test_result(void);
/* Print why as a diagnostic; EXIT_SKIP. */
int test_skip(const char *fmt, ...) __printf(1, 2);
/* sysinfo(), or exit(EXIT_FAIL) with a diagnostic if it fails. */
void test_sysinfo(struct pv_sysinfo *info);

#endif /* _USR_KTEST_H */
