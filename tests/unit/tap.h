/*
 * Test Anything Protocol (TAP) output for the host unit tests
 *
 * Each tests/unit/<name>_test.c reports its test points through these
 * calls and ends with `return done_testing();`; tap.c prints the lines
 * that prove reads from tests/unit/<name>.t ("ok 3 - name", "not ok 4 -
 * name # TODO why", "# got: ..." diagnostics).  tap.c is the only file of
 * a test binary that sees libc, so this header uses compiler built-in
 * types only: it is included both by tap.c and by kernel-world files.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _UNIT_TAP_H
#define _UNIT_TAP_H

#define TAP_PRINTF(f, a)	__attribute__((format(printf, f, a)))

/* Prints the plan "1..n" first; without it done_testing() prints it last. */
void plan(int n);

/* One test point: passes if cond is true.  Returns cond. */
int ok(int cond, const char *name, ...) TAP_PRINTF(2, 3);

/* Equal integers?  On failure prints both, signed (is_int) or in hex too. */
int is_int(long long got, long long exp, const char *name, ...)
	TAP_PRINTF(3, 4);
int is_uint(unsigned long long got, unsigned long long exp,
	    const char *name, ...) TAP_PRINTF(3, 4);

/* Equal C strings?  Either may be NULL; diagnostics escape odd bytes. */
int is_str(const char *got, const char *exp, const char *name, ...)
	TAP_PRINTF(3, 4);

/*
 * Equal formatted output?  Passes if got equals exp and got_ret, the
 * length a printf-like function returned, equals exp_ret.
 */
int is_out(const char *got, int got_ret, const char *exp, int exp_ret,
	   const char *name, ...) TAP_PRINTF(5, 6);

/* Equal n bytes?  On failure prints where they differ. */
int is_mem(const void *got, const void *exp, __SIZE_TYPE__ n,
	   const char *name, ...) TAP_PRINTF(4, 5);

/* A "# ..." diagnostic line (on stderr while the last point failed). */
void diag(const char *fmt, ...) TAP_PRINTF(1, 2);

/*
 * Marks the points up to todo_end() "# TODO why": known bugs, whose
 * failure prove reports but does not count.
 */
void todo_start(const char *why);
void todo_end(void);

/* Prints the plan if not yet done; returns the exit status for main(). */
int done_testing(void);

/* The host C library's vsnprintf, as a reference for lib/vsprintf.c. */
int host_vsnprintf(char *buf, __SIZE_TYPE__ size, const char *fmt,
		   __builtin_va_list ap);

/*
 * The host's malloc and free, for buffers of an exact size: under ASan a
 * read one byte past the end fails the test.  host_malloc never fails.
 */
void *host_malloc(__SIZE_TYPE__ size);
void host_free(void *p);

#endif /* _UNIT_TAP_H */
