/*
 * Test Anything Protocol (TAP) printer for the host unit tests
 *
 * Linked into every test binary built by tests/unit/Makefile; implements
 * tap.h.  The only host-world file of a binary: it alone includes libc
 * headers and calls libc, while the kernel code under test and the
 * *_test.c files are compiled against tree/include.  Failure diagnostics
 * go to stderr, so prove shows them without -v; those of TODO points go
 * to stdout, as Test::More does.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tap.h"

static int tap_run, tap_failed, tap_planned = -1;
static const char *tap_todo;
static FILE *tap_diag_to;

void plan(int n)
{
	tap_planned = n;
	printf("1..%d\n", n);
}

/* Prints "ok N - name": '#' escaped (TAP directives), odd bytes as \xNN. */
static int vreport(int pass, const char *name, va_list ap)
{
	char buf[512];
	const char *p;

	vsnprintf(buf, sizeof(buf), name, ap);
	printf("%sok %d - ", pass ? "" : "not ", ++tap_run);
	for (p = buf; *p; p++) {
		unsigned char c = *p;

		if (c == '#')
			putchar('\\');
		if (c >= ' ' && c < 0x7f)
			putchar(c);
		else
			printf("\\x%02x", c);
	}
	if (tap_todo)
		printf(" # TODO %s", tap_todo);
	putchar('\n');
	if (!pass && !tap_todo)
		tap_failed++;
	tap_diag_to = pass || tap_todo ? stdout : stderr;
	fflush(stdout);
	return pass;
}

static void vdiag(const char *fmt, va_list ap)
{
	FILE *f = tap_diag_to ? tap_diag_to : stdout;

	fputs("# ", f);
	vfprintf(f, fmt, ap);
	fputc('\n', f);
	fflush(f);
}

void diag(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vdiag(fmt, ap);
	va_end(ap);
}

int ok(int cond, const char *name, ...)
{
	va_list ap;

	va_start(ap, name);
	vreport(cond, name, ap);
	va_end(ap);
	return cond;
}

int is_int(long long got, long long exp, const char *name, ...)
{
	va_list ap;
	int pass = got == exp;

	va_start(ap, name);
	vreport(pass, name, ap);
	va_end(ap);
	if (!pass) {
		diag("     got: %lld", got);
		diag("expected: %lld", exp);
	}
	return pass;
}

int is_uint(unsigned long long got, unsigned long long exp,
	    const char *name, ...)
{
	va_list ap;
	int pass = got == exp;

	va_start(ap, name);
	vreport(pass, name, ap);
	va_end(ap);
	if (!pass) {
		diag("     got: %llu (%#llx)", got, got);
		diag("expected: %llu (%#llx)", exp, exp);
	}
	return pass;
}

/* s as a quoted C string literal (or NULL), in one of two static buffers. */
static const char *quote(const char *s, int n)
{
	static char bufs[2][1024];
	char *b = bufs[n], *end = b + sizeof(bufs[n]) - 8;

	if (!s)
		return "NULL";
	*b++ = '"';
	for (; *s && b < end; s++) {
		unsigned char c = *s;

		if (c == '"' || c == '\\')
			b += sprintf(b, "\\%c", c);
		else if (c >= ' ' && c < 0x7f)
			*b++ = c;
		else
			b += sprintf(b, "\\x%02x", c);
	}
	strcpy(b, *s ? "\"..." : "\"");
	return bufs[n];
}

int is_str(const char *got, const char *exp, const char *name, ...)
{
	va_list ap;
	int pass = got && exp ? !strcmp(got, exp) : got == exp;

	va_start(ap, name);
	vreport(pass, name, ap);
	va_end(ap);
	if (!pass) {
		diag("     got: %s", quote(got, 0));
		diag("expected: %s", quote(exp, 1));
	}
	return pass;
}

int is_out(const char *got, int got_ret, const char *exp, int exp_ret,
	   const char *name, ...)
{
	va_list ap;
	int pass = !strcmp(got, exp) && got_ret == exp_ret;

	va_start(ap, name);
	vreport(pass, name, ap);
	va_end(ap);
	if (!pass) {
		diag("     got: %s, returned %d", quote(got, 0), got_ret);
		diag("expected: %s, returned %d", quote(exp, 1), exp_ret);
	}
	return pass;
}

/* Up to 16 bytes of p from offset at, in hex. */
static void hexdiag(const char *what, const unsigned char *p, size_t at,
		    size_t n)
{
	char buf[16 * 3 + 1] = "";
	size_t i;

	for (i = at; i < n && i < at + 16; i++)
		sprintf(buf + 3 * (i - at), " %02x", p[i]);
	diag("%s at +%zu:%s", what, at, buf);
}

int is_mem(const void *got, const void *exp, size_t n, const char *name, ...)
{
	const unsigned char *g = got, *e = exp;
	va_list ap;
	size_t i = 0;

	while (i < n && g[i] == e[i])
		i++;
	va_start(ap, name);
	vreport(i == n, name, ap);
	va_end(ap);
	if (i < n) {
		diag("first difference at byte %zu of %zu", i, n);
		hexdiag("     got", g, i & ~(size_t)7, n);
		hexdiag("expected", e, i & ~(size_t)7, n);
	}
	return i == n;
}

void todo_start(const char *why)
{
	tap_todo = why;
}

void todo_end(void)
{
	tap_todo = NULL;
}

int done_testing(void)
{
	tap_diag_to = stdout;
	if (tap_planned < 0) {
		printf("1..%d\n", tap_run);
	} else if (tap_planned != tap_run) {
		tap_diag_to = stderr;
		diag("planned %d tests but ran %d", tap_planned, tap_run);
		return 1;
	}
	if (tap_failed) {
		tap_diag_to = stderr;
		diag("failed %d of %d tests", tap_failed, tap_run);
	}
	return tap_failed ? 1 : 0;
}

int host_vsnprintf(char *buf, size_t size, const char *fmt, va_list ap)
{
	return vsnprintf(buf, size, fmt, ap);
}

void *host_malloc(size_t size)
{
	void *p = malloc(size);

	if (!p && size) {
		printf("Bail out! out of memory\n");
		exit(2);
	}
	return p;
}

void host_free(void *p)
{
	free(p);
}
