/*
 * Formatted output (lib/vsprintf.c) host unit test
 *
 * Built by tests/unit/Makefile with the tree's lib/vsprintf.c and
 * lib/string.c; run by tests/unit/vsprintf.t.  Where the kernel keeps C's
 * semantics, each case names its expected text and the host's vsnprintf
 * must print the same, so a wrong expectation shows up as a failure of
 * the test rather than of the kernel.  Kernel-only behaviour (%p, %#x of
 * 0) is checked against the text alone.  Then truncation, then
 * simple_strtoul.  Known kernel bugs are TODO points.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include "tap.h"

#define INT_MAX		__INT_MAX__
#define INT_MIN		(-INT_MAX - 1)
#define LONG_MAX	__LONG_MAX__
#define LONG_MIN	(-LONG_MAX - 1L)
#define LLONG_MAX	__LONG_LONG_MAX__
#define LLONG_MIN	(-LLONG_MAX - 1LL)

/* The oracle's own string helpers, so it does not lean on lib/string.c. */
static int slen(const char *s)
{
	int n = 0;

	while (s[n])
		n++;
	return n;
}

static bool same(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}

/*
 * One case: does the kernel print fmt as exp and return its length?  With
 * host_too, the host must print exp as well, or the expectation is wrong.
 */
static void vcheck(bool host_too, const char *exp, const char *fmt,
		   va_list ap)
{
	char kbuf[128], hbuf[128];
	va_list hap;
	int n;

	if (host_too) {
		va_copy(hap, ap);
		n = host_vsnprintf(hbuf, sizeof(hbuf), fmt, hap);
		va_end(hap);
		if (n != slen(exp) || !same(hbuf, exp))
			ok(false, "test bug: host prints %s as \"%s\", not "
			   "\"%s\"", fmt, hbuf, exp);
	}
	n = vsnprintf(kbuf, sizeof(kbuf), fmt, ap);
	is_out(kbuf, n, exp, slen(exp), "%s -> \"%s\"", fmt, exp);
}

/* A case where kernel and C agree. */
static void __printf(2, 3) std(const char *exp, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vcheck(true, exp, fmt, ap);
	va_end(ap);
}

/* A case of kernel-only semantics. */
static void __printf(2, 3) kern(const char *exp, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vcheck(false, exp, fmt, ap);
	va_end(ap);
}

/* As std or kern, for cases gcc's -Wformat rejects (NULL %s, bad flags). */
static void unchecked(bool host_too, const char *exp, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vcheck(host_too, exp, fmt, ap);
	va_end(ap);
}

/* Do %d, %i and %u print every int, INT_MIN included? */
static void test_int(void)
{
	std("42", "%d", 42);
	std("-42", "%d", -42);
	std("0", "%d", 0);
	std("2147483647", "%d", INT_MAX);
	std("-2147483648", "%d", INT_MIN);
	std("-7", "%i", -7);
	std("-2147483648", "%i", INT_MIN);
	std("0", "%u", 0u);
	std("4294967295", "%u", 0xffffffffu);
	std("2147483648", "%u", (unsigned int)INT_MIN);
	std("a1b-2c", "a%db%dc", 1, -2);
}

/* Do %x, %X and %o print every unsigned int? */
static void test_hex_octal(void)
{
	std("deadbeef", "%x", 0xdeadbeefu);
	std("DEADBEEF", "%X", 0xdeadbeefu);
	std("0", "%x", 0u);
	std("ffffffff", "%x", -1);
	std("abcdef", "%x", 0xabcdefu);
	std("10", "%o", 8u);
	std("777", "%o", 0777u);
	std("0", "%o", 0u);
	std("37777777777", "%o", 0xffffffffu);
}

/* Do %c, %s, %p and %% print what they should, NULL strings included? */
static void test_char_str_ptr(void)
{
	std("A", "%c", 'A');
	std("[\xe9]", "[%c]", 0xe9);
	std("hello", "%s", "hello");
	std("", "%s", "");
	std("a-b-c", "%s-%s-%s", "a", "b", "c");
	unchecked(false, "(null)", "%s", (char *)NULL);
	unchecked(false, "<(null)>", "<%s>", (char *)NULL);
	kern("0012abcd", "%p", (void *)0x12abcd);
	kern("00000000", "%p", NULL);
	kern("ffffffff", "%p", (void *)~0ul);
	kern("c0100000 (x)", "%p (%s)", (void *)0xc0100000, "x");
	std("%", "%%");
	std("100%", "%d%%", 100);
	std("50% of 8", "%d%% of %u", 50, 8u);
	std("no conversions", "no conversions");
	unchecked(false, "%q", "%q");
	unchecked(false, "abc", "abc%");
}

/* Do the l and ll modifiers take long and long long, beyond 32 bits too? */
static void test_long(void)
{
	std("-2147483648", "%ld", LONG_MIN);
	std("4294967295", "%lu", 0xfffffffful);
	std("89abcdef", "%lx", 0x89abcdeful);
	std("1234567890123", "%lld", 1234567890123ll);
	std("-1234567890123", "%lld", -1234567890123ll);
	std("-9223372036854775808", "%lld", LLONG_MIN);
	std("9223372036854775807", "%lli", LLONG_MAX);
	std("18446744073709551615", "%llu", ~0ull);
	std("4294967296", "%llu", 1ull << 32);
	std("123456789abcdef", "%llx", 0x123456789abcdefull);
	std("FEDCBA9876543210", "%llX", 0xfedcba9876543210ull);
	std("1777777777777777777777", "%llo", ~0ull);
	std("-1", "%lld", -1ll);
	/* 8-byte arguments between 4-byte ones must not shift the others */
	std("1 1099511627776 7", "%d %lld %d", 1, 1ll << 40, 7);
	std("x100000000y-5000000000z", "x%llxy%lldz", 1ull << 32,
	    -5000000000ll);
}

/* Do widths right-justify, '0' zero-pad and '#' prefix 0x? */
static void test_width_flags(void)
{
	std("   42", "%5d", 42);
	std("  -42", "%5d", -42);
	std("12345", "%2d", 12345);
	std("00042", "%05d", 42);
	std("-0042", "%05d", -42);
	std("-2147483648", "%05d", INT_MIN);
	std("0000beef", "%08x", 0xbeefu);
	std("  BEEF", "%6X", 0xbeefu);
	std("   ab|", "%5s|", "ab");
	std("abcd", "%2s", "abcd");
	std("0x1f", "%#x", 0x1fu);
	std("0X1F", "%#X", 0x1fu);
	std("    0x1f", "%#8x", 0x1fu);
	std("0x0000001f", "%#010x", 0x1fu);
	std("0x100000000", "%#llx", 1ull << 32);
	std("00000000000000000042", "%020lld", 42ll);
	std("  -9223372036854775808", "%22lld", LLONG_MIN);
	unchecked(false, "    (null)", "%10s", (char *)NULL);
	/* As Linux's vsprintf: the prefix even for 0 (C prints just "0"). */
	kern("0x0", "%#x", 0u);
}

/* Does '-' left-justify strings, characters and numbers? */
static void test_left(void)
{
	std("ab   |", "%-5s|", "ab");
	std("abcdef|", "%-3s|", "abcdef");
	std("x  |", "%-3c|", 'x');
	unchecked(false, "(null)  |", "%-8s|", (char *)NULL);
	std("42   |", "%-5d|", 42);
	std("-42  |", "%-5d|", -42);
	std("7    |", "%-5u|", 7u);
	std("beef    |", "%-8x|", 0xbeefu);
	std("17   |", "%-5o|", 017u);
	std("0x1f    |", "%#-8x|", 0x1fu);
	std("12345678901   |", "%-14lld|", 12345678901ll);
	/* C: '0' is ignored with '-' */
	unchecked(true, "42   |", "%-05d|", 42);
}

/* Does '*' take the width from the argument list? */
static void test_star(void)
{
	std("   42", "%*d", 5, 42);
	std("    ab", "%*s", 6, "ab");
	std("ab  |", "%-*s|", 4, "ab");
	std("000a", "%0*x", 4, 0xau);
	std("42 7", "%*d %d", 0, 42, 7);
	std("   12345678901", "%*lld", 14, 12345678901ll);
	std("42   |", "%-*d|", 5, 42);
	std("42   |", "%*d|", -5, 42);
	std("ab  |", "%*s|", -4, "ab");
}

/* Other flag and width cases the header promises but the code misses. */
static void test_missed(void)
{
	std("  x|", "%3c|", 'x');
	std("017", "%#o", 017u);
}

/*
 * Fills buf (16 bytes) with 'X', formats into its first size bytes, and
 * checks the return value and all 16 bytes against img.  what names the
 * case in the test point.
 */
static void __printf(5, 6) trunc(unsigned int size, int ret, const char *img,
				 const char *what, const char *fmt, ...)
{
	char buf[16];
	va_list ap;
	int i, n;

	for (i = 0; i < 16; i++)
		buf[i] = 'X';
	va_start(ap, fmt);
	n = vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	is_int(n, ret, "size %u, %s: returns %d", size, what, ret);
	is_mem(buf, img, 16, "size %u, %s: buffer", size, what);
}

/* Is a short buffer filled with a terminated prefix, and nothing past it? */
static void test_truncation(void)
{
	char c[4] = { 'X', 'X', 'X', 'X' };

	trunc(16, 5, "hello\0XXXXXXXXXX", "\"hello\"", "%s", "hello");
	trunc(6, 5, "hello\0XXXXXXXXXX", "\"hello\"", "%s", "hello");
	trunc(5, 5, "hell\0XXXXXXXXXXX", "\"hello\"", "%s", "hello");
	trunc(4, 6, "123\0XXXXXXXXXXXX", "%d of 123456", "%d", 123456);
	trunc(2, 5, "h\0XXXXXXXXXXXXXX", "\"hello\"", "%s", "hello");
	trunc(1, 5, "\0XXXXXXXXXXXXXXX", "\"hello\"", "%s", "hello");
	trunc(0, 5, "XXXXXXXXXXXXXXXX", "\"hello\"", "%s", "hello");
	trunc(0, 0, "XXXXXXXXXXXXXXXX", "\"\"", "%s", "");
	trunc(1, 0, "\0XXXXXXXXXXXXXXX", "\"\"", "%s", "");
	trunc(4, 8, "   \0XXXXXXXXXXXX", "%8s of \"ab\"", "%8s", "ab");
	trunc(8, 20, "-922337\0XXXXXXXX", "%lld of LLONG_MIN", "%lld",
	      LLONG_MIN);
	trunc(5, 10, "0x00\0XXXXXXXXXXX", "%#010x of 0x1f", "%#010x", 0x1fu);
	trunc(16, 3, "a\0b\0XXXXXXXXXXXX", "a%cb of '\\0'", "a%cb", '\0');
	is_int(snprintf(NULL, 0, "%s%d", "abc", 42), 5,
	       "size 0, NULL buffer: returns 5, writes nothing");
	is_int(snprintf(c, 0, "x"), 1, "size 0: returns 1");
	is_mem(c, "XXXX", 4, "size 0: buffer untouched");
}

static int __printf(3, 4) host_snprintf(char *buf, size_t size,
					 const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = host_vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	return n;
}

/* Does every truncation agree with the host's byte for byte? */
static void test_truncation_vs_host(void)
{
	static const char fmt[] = "%s=%5d|%-4s|%#x|%c.";
	char kbuf[41], hbuf[41];
	unsigned int size, bad = ~0u;
	int i, kn = 0, hn = 0;

	kbuf[40] = hbuf[40] = '\0';	/* for the diagnostic */
	for (size = 0; size <= 32 && bad == ~0u; size++) {
		for (i = 0; i < 40; i++)
			kbuf[i] = hbuf[i] = '~';
		kn = snprintf(kbuf, size, fmt, "key", -17, "ab", 0xf00u, 'z');
		hn = host_snprintf(hbuf, size, fmt, "key", -17, "ab", 0xf00u,
				   'z');
		for (i = 0; i < 40 && kbuf[i] == hbuf[i]; i++)
			;
		if (kn != hn || i < 40)
			bad = size;
	}
	if (!ok(bad == ~0u, "sizes 0..32 of \"%s\": bytes, return as host's",
		fmt))
		diag("size %u: kernel \"%s\" returned %d, host \"%s\" %d",
		     bad, kbuf, kn, hbuf, hn);
}

/* simple_strtoul(s, base): value exp, and the end pointer at s + stop? */
static void strtoul_case(const char *s, unsigned int base, unsigned long exp,
			 int stop)
{
	char *end = NULL;
	unsigned long v = simple_strtoul(s, &end, base);

	is_uint(v, exp, "simple_strtoul(\"%s\", base %u) = %lu", s, base, exp);
	is_int(end - s, stop, "simple_strtoul(\"%s\", base %u) ends at +%d",
	       s, base, stop);
}

/* Does simple_strtoul parse bases 10, 16, 8, 2 and 0, stopping at junk? */
static void test_strtoul(void)
{
	strtoul_case("123", 10, 123, 3);
	strtoul_case("123abc", 10, 123, 3);
	strtoul_case("4294967295", 10, 0xfffffffful, 10);
	strtoul_case("ff", 16, 255, 2);
	strtoul_case("DeadBeef", 16, 0xdeadbeeful, 8);
	strtoul_case("fg", 16, 15, 1);
	strtoul_case("777", 8, 0777, 3);
	strtoul_case("778", 8, 077, 2);
	strtoul_case("101", 2, 5, 3);
	strtoul_case("0x1f", 0, 0x1f, 4);
	strtoul_case("0X1F;", 0, 0x1f, 4);
	strtoul_case("42", 0, 42, 2);
	strtoul_case("", 10, 0, 0);
	strtoul_case("xyz", 10, 0, 0);
	strtoul_case("-1", 10, 0, 0);
	is_uint(simple_strtoul("99 bottles", NULL, 10), 99,
		"simple_strtoul(\"99 bottles\", NULL end, base 10) = 99");
}

int main(void)
{
	test_int();
	test_hex_octal();
	test_char_str_ptr();
	test_long();
	test_width_flags();
	test_left();
	test_star();
	test_missed();
	test_truncation();
	test_truncation_vs_host();
	test_strtoul();
	return done_testing();
}
