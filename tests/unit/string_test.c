/*
 * String and memory functions (lib/string.c) host unit test
 *
 * Built by tests/unit/Makefile with the tree's lib/string.c; run by
 * tests/unit/string.t.  Each function is held to the C library's
 * contract (strlcpy to BSD's): results, return values, the sign of
 * comparisons on bytes above 0x7f, and that no byte outside the
 * destination is written.  memmove is checked exhaustively over
 * overlapping ranges against a copy through a scratch buffer.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include "tap.h"

/* Fills n bytes at p with c, without lib/string.c's memset. */
static void fill(void *p, int c, size_t n)
{
	unsigned char *b = p;

	while (n--)
		*b++ = c;
}

/* Equal n bytes?  Without lib/string.c's memcmp, and without a point. */
static bool bytes_equal(const void *a, const void *b, size_t n)
{
	const unsigned char *x = a, *y = b;

	while (n && *x == *y)
		n--, x++, y++;
	return !n;
}

static size_t slen(const char *s)
{
	size_t n = 0;

	while (s[n])
		n++;
	return n;
}

/* Does memset fill exactly n bytes with (unsigned char)c and return s? */
static void test_memset(void)
{
	char buf[16];

	fill(buf, '.', 16);
	ok(memset(buf + 4, 'A', 8) == buf + 4, "memset returns s");
	is_mem(buf, "....AAAAAAAA....", 16, "memset fills [4, 12) only");
	memset(buf + 1, 0x1ab, 2);
	is_mem(buf, ".\xab\xab.AAAAAAAA....", 16,
	       "memset stores c converted to unsigned char");
	memset(buf, 'z', 0);
	is_mem(buf, ".\xab\xab.AAAAAAAA....", 16, "memset of 0: no write");
}

/* Does memcpy copy exactly n bytes, all 256 values, and return dst? */
static void test_memcpy(void)
{
	unsigned char src[256], dst[260];
	int i;

	for (i = 0; i < 256; i++)
		src[i] = 255 - i;
	fill(dst, 0x5a, sizeof(dst));
	ok(memcpy(dst + 2, src, 256) == dst + 2, "memcpy returns dst");
	is_mem(dst + 2, src, 256, "memcpy copies all 256 byte values");
	ok(dst[0] == 0x5a && dst[1] == 0x5a && dst[258] == 0x5a &&
	   dst[259] == 0x5a, "memcpy writes nothing outside dst");
	memcpy(dst, "zz", 0);
	ok(dst[0] == 0x5a, "memcpy of 0 bytes: no write");
}

/* memmove(buf + d, buf + s, n) == a copy through a scratch buffer? */
static bool memmove_right(unsigned int d, unsigned int s, unsigned int n)
{
	unsigned char buf[24], ref[24], tmp[16];
	unsigned int i;

	for (i = 0; i < 24; i++)
		buf[i] = ref[i] = 'a' + i;
	for (i = 0; i < n; i++)
		tmp[i] = ref[s + i];
	for (i = 0; i < n; i++)
		ref[d + i] = tmp[i];
	return memmove(buf + d, buf + s, n) == buf + d &&
	       bytes_equal(buf, ref, 24);
}

/* Is memmove right for every overlap in a 16-byte window, both ways? */
static void test_memmove_all(void)
{
	unsigned int s, d, n, bad = 0, cases = 0, first = 0;

	for (s = 0; s < 16; s++)
		for (d = 0; d < 16; d++)
			for (n = 0; n + (s > d ? s : d) <= 16; n++, cases++)
				if (!memmove_right(d, s, n) && !bad++)
					first = d << 16 | s << 8 | n;
	if (!ok(!bad, "memmove: %u of %u (dst, src, n) cases wrong", bad,
		cases))
		diag("first: memmove(buf + %u, buf + %u, %u)", first >> 16,
		     first >> 8 & 0xff, first & 0xff);
}

/* A few memmove cases by name, so a failure reads plainly. */
static void test_memmove(void)
{
	char buf[11];
	int i;

	for (i = 0; i < 11; i++)
		buf[i] = "0123456789"[i];
	ok(memmove(buf + 2, buf, 6) == buf + 2, "memmove returns dst");
	is_str(buf, "0101234589", "memmove up, overlapping (dst > src)");
	memmove(buf, buf + 2, 6);
	is_str(buf, "0123454589", "memmove down, overlapping (dst < src)");
	memmove(buf + 1, buf + 1, 5);
	is_str(buf, "0123454589", "memmove onto itself");
	memmove(buf + 5, buf, 5);
	is_str(buf, "0123401234", "memmove to just past the source");
}

/* Does memcmp order bytes as unsigned char and stop after n? */
static void test_memcmp(void)
{
	ok(memcmp("abc", "abc", 3) == 0, "memcmp equal: 0");
	ok(memcmp("abc", "abd", 3) < 0, "memcmp \"abc\" < \"abd\"");
	ok(memcmp("abd", "abc", 3) > 0, "memcmp \"abd\" > \"abc\"");
	ok(memcmp("\x80", "\x01", 1) > 0, "memcmp 0x80 > 0x01 (unsigned)");
	ok(memcmp("\x01", "\xff", 1) < 0, "memcmp 0x01 < 0xff (unsigned)");
	ok(memcmp("abX", "abY", 2) == 0, "memcmp ignores bytes past n");
	ok(memcmp("a", "b", 0) == 0, "memcmp of 0 bytes: 0");
	ok(memcmp("a\0b", "a\0c", 3) < 0, "memcmp does not stop at NUL");
}

/* Do strlen and strnlen count to the NUL, strnlen no further than max? */
static void test_strlen(void)
{
	char big[300], four[4] = { 'a', 'b', 'c', 'd' };

	fill(big, 'x', 299);
	big[299] = '\0';
	is_int(strlen(""), 0, "strlen(\"\") = 0");
	is_int(strlen("a"), 1, "strlen(\"a\") = 1");
	is_int(strlen("hello world"), 11, "strlen(\"hello world\") = 11");
	is_int(strlen("\xff\x80"), 2, "strlen of bytes above 0x7f");
	is_int(strlen(big), 299, "strlen of 299 bytes");
	is_int(strnlen("abc", 10), 3, "strnlen(\"abc\", 10) = 3");
	is_int(strnlen("abc", 3), 3, "strnlen(\"abc\", 3) = 3");
	is_int(strnlen("abc", 2), 2, "strnlen(\"abc\", 2) = 2");
	is_int(strnlen("abc", 0), 0, "strnlen(\"abc\", 0) = 0");
	is_int(strnlen("", 5), 0, "strnlen(\"\", 5) = 0");
	/* ASan fails this if strnlen reads past max */
	is_int(strnlen(four, 4), 4, "strnlen of 4 unterminated bytes");
}

/* Do strcmp and strncmp order as unsigned char and stop at NUL or n? */
static void test_strcmp(void)
{
	ok(strcmp("abc", "abc") == 0, "strcmp equal: 0");
	ok(strcmp("", "") == 0, "strcmp of two empty strings: 0");
	ok(strcmp("abc", "abd") < 0, "strcmp \"abc\" < \"abd\"");
	ok(strcmp("b", "a") > 0, "strcmp \"b\" > \"a\"");
	ok(strcmp("ab", "abc") < 0, "strcmp prefix sorts first");
	ok(strcmp("abc", "ab") > 0, "strcmp longer sorts last");
	ok(strcmp("\xe9", "z") > 0, "strcmp 0xe9 > 'z' (unsigned)");
	ok(strcmp("", "\x01") < 0, "strcmp \"\" < \"\\x01\"");
	ok(strncmp("abc", "abd", 2) == 0, "strncmp(\"abc\", \"abd\", 2) = 0");
	ok(strncmp("abc", "abd", 3) < 0, "strncmp(\"abc\", \"abd\", 3) < 0");
	ok(strncmp("abd", "abc", 9) > 0, "strncmp(\"abd\", \"abc\", 9) > 0");
	ok(strncmp("a", "b", 0) == 0, "strncmp of 0 chars: 0");
	ok(strncmp("ab\0x", "ab\0y", 4) == 0, "strncmp stops at NUL");
	ok(strncmp("ab", "abc", 3) < 0, "strncmp prefix sorts first");
	ok(strncmp("\x80", "\x7f", 1) > 0, "strncmp 0x80 > 0x7f (unsigned)");
}

/* Does strchr find the first c, the NUL for '\0', and bytes above 0x7f? */
static void test_strchr(void)
{
	static const char s[] = "hello, w\xe9rld";

	ok(strchr(s, 'l') == s + 2, "strchr finds the first 'l'");
	ok(strchr(s, 'h') == s, "strchr finds the first char");
	ok(strchr(s, 'd') == s + 11, "strchr finds the last char");
	ok(strchr(s, 'z') == NULL, "strchr returns NULL when absent");
	ok(strchr(s, '\0') == s + 12, "strchr(s, '\\0') finds the terminator");
	ok(strchr("", '\0') != NULL, "strchr(\"\", '\\0') is not NULL");
	ok(strchr("", 'a') == NULL, "strchr(\"\", 'a') is NULL");
	ok(strchr(s, 0xe9) == s + 8, "strchr finds 0xe9 passed as 233");
	ok(strchr(s, (char)0xe9) == s + 8, "strchr finds 0xe9 passed as -23");
	ok(strchr(s, 'w' + 256) == s + 7, "strchr converts c to char");
	ok(strchr(s, 256) == s + 12, "strchr(s, 256) finds the terminator");
}

/*
 * strlcpy of src into a 'X'-filled 8-byte buffer with the given size:
 * returns strlen(src), and the 8 bytes read img?
 */
static void strlcpy_case(const char *src, size_t size, const char *img)
{
	char buf[8];

	fill(buf, 'X', 8);
	is_int(strlcpy(buf, src, size), slen(src),
	       "strlcpy(\"%s\", size %u) returns %u", src, size, slen(src));
	is_mem(buf, img, 8, "strlcpy(\"%s\", size %u) buffer", src, size);
}

/* Does strlcpy copy at most size - 1, terminate, and return strlen(src)? */
static void test_strlcpy(void)
{
	strlcpy_case("abc", 8, "abc\0XXXX");
	strlcpy_case("abc", 4, "abc\0XXXX");
	strlcpy_case("abcd", 4, "abc\0XXXX");
	strlcpy_case("hello world", 6, "hello\0XX");
	strlcpy_case("hello", 1, "\0XXXXXXX");
	strlcpy_case("hello", 0, "XXXXXXXX");
	strlcpy_case("", 4, "\0XXXXXXX");
	strlcpy_case("", 0, "XXXXXXXX");
}

int main(void)
{
	test_memset();
	test_memcpy();
	test_memmove();
	test_memmove_all();
	test_memcmp();
	test_strlen();
	test_strcmp();
	test_strchr();
	test_strlcpy();
	return done_testing();
}
