/*
 * Kernel self-tests (ktest), reported in KTAP version 1
 *
 * A suite is a named array of cases, registered with KTEST_SUITE() into
 * the .ktest.suites section.  kernel/ktest.c runs the suites chosen by
 * ktest= on the command line after boot, prints KTAP (the format KUnit
 * prints) on the console and powers off with a status saying whether all
 * passed.  A case passes unless a KTEST_EXPECT*() fails in it, or it calls
 * ktest_skip().
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _LINUX_KTEST_H
#define _LINUX_KTEST_H

#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/errno.h>

struct ktest;

struct ktest_case {
	const char *name;
	void (*run)(struct ktest *t);
};

struct ktest_suite {
	const char *name;
	const struct ktest_case *cases;
	int nr_cases;
	/*
	 * For suites that run elsewhere (user space): prints its own KTAP
	 * subtest and returns 0 if all passed; cases is then unused.
	 */
	int (*run_all)(const char *filter);
};

struct ktest {
	const char *name;
	int failed;
	const char *skip_reason;
};

#define KTEST_CASE(fn)	{ #fn, fn }
#define KTEST_SUITE(sname, array)					\
	static const struct ktest_suite __ktest_suite_##sname		\
		__used __section(".ktest.suites") __aligned(4) = {	\
		#sname, array, ARRAY_SIZE(array), NULL }

void ktest_fail(struct ktest *t, const char *file, int line,
		const char *fmt, ...) __printf(4, 5);
void ktest_skip(struct ktest *t, const char *reason);

#define KTEST_EXPECT(t, cond)						\
	do {								\
		if (!(cond))						\
			ktest_fail(t, __FILE__, __LINE__,		\
				   "expected %s", #cond);		\
	} while (0)
#define KTEST_EXPECT_EQ(t, a, b)					\
	do {								\
		unsigned long __a = (unsigned long)(a);			\
		unsigned long __b = (unsigned long)(b);			\
		if (__a != __b)						\
			ktest_fail(t, __FILE__, __LINE__,		\
				   "%s == %s: 0x%lx != 0x%lx",		\
				   #a, #b, __a, __b);			\
	} while (0)
#define KTEST_EXPECT_NE(t, a, b)					\
	do {								\
		unsigned long __a = (unsigned long)(a);			\
		unsigned long __b = (unsigned long)(b);			\
		if (__a == __b)						\
			ktest_fail(t, __FILE__, __LINE__,		\
				   "%s != %s: both 0x%lx",		\
				   #a, #b, __a);			\
	} while (0)

extern const struct ktest_suite __ktest_suites_start[], __ktest_suites_end[];

/* Runs the selected suites (from ktest=) and powers off; never returns. */
void ktest_run_all(void) __noreturn;
bool ktest_requested(void);

/* kernel/bench.c: the micro-benchmarks (bench), then power-off. */
bool bench_requested(void);
void bench_run_all(void) __noreturn;

#endif /* _LINUX_KTEST_H */
