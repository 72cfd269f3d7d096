/*
 * Command-line parsing (lib/cmdline.c) host unit test
 *
 * Built by tests/unit/Makefile with the tree's lib/cmdline.c and
 * lib/string.c; run by tests/unit/cmdline.t.  Holds cmdline_copy,
 * next_arg, parse_ulong, parse_size and list_contains to linux/cmdline.h:
 * the boot command line copied whole or cut with its true length, tokens
 * split on any run of blanks, truncated and flagged when too long; whole
 * numbers only, -EINVAL for junk, -ERANGE past 32 bits; exact names in
 * comma lists.  init/params.c and the option handlers rely on all of it.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/cmdline.h>
#include <linux/errno.h>
#include "tap.h"

/* Does next_arg split on runs of spaces, tabs and newlines? */
static void test_next_arg(void)
{
	static const char line[] = "  ktest=paging,sched \t loglevel=7\n\nx  ";
	static const char *const want[] = { "ktest=paging,sched", "loglevel=7",
					    "x" };
	const char *s = line;
	char tok[32];
	bool toolong = true;
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(want); i++) {
		s = next_arg(s, tok, sizeof(tok), &toolong);
		if (!ok(s != NULL, "next_arg: token %u found", i + 1))
			return;
		is_str(tok, want[i], "next_arg: token %u", i + 1);
		ok(!toolong, "next_arg: token %u not too long", i + 1);
	}
	ok(s == line + 36, "next_arg: returns the end of the token");
	ok(next_arg(s, tok, sizeof(tok), &toolong) == NULL,
	   "next_arg: NULL after the last token (trailing blanks)");
	ok(next_arg("", tok, sizeof(tok), &toolong) == NULL,
	   "next_arg: NULL for \"\"");
	ok(next_arg(" \t\n ", tok, sizeof(tok), &toolong) == NULL,
	   "next_arg: NULL for blanks only");
	s = next_arg("one", tok, sizeof(tok), &toolong);
	is_str(tok, "one", "next_arg: a token without blanks around it");
	ok(s && *s == '\0', "next_arg: returns the terminator after it");
}

/* Is a token that does not fit truncated, flagged, and then skipped? */
static void test_next_arg_toolong(void)
{
	const char *s;
	char tok[8];
	bool toolong = false;

	tok[4] = tok[5] = 'Z';
	s = next_arg(" abcdef gh", tok, 4, &toolong);
	is_str(tok, "abc", "too long: truncated to size - 1 and terminated");
	ok(toolong, "too long: *toolong set");
	ok(tok[4] == 'Z' && tok[5] == 'Z', "too long: no write past size");
	s = s ? next_arg(s, tok, 4, &toolong) : NULL;
	is_str(s ? tok : NULL, "gh", "too long: next call resumes after it");
	ok(!toolong, "too long: *toolong cleared for the next token");
	next_arg("abc", tok, 4, &toolong);
	ok(!toolong, "exactly size - 1 characters: not too long");
	is_str(tok, "abc", "exactly size - 1 characters: whole");
	next_arg("a", tok, 1, &toolong);
	ok(toolong && tok[0] == '\0', "size 1: empty token, too long");
}

/* cmdline_copy(dst, src, size, max): returns len, dst holds exp? */
static void copy_case(const char *src, size_t size, size_t max, size_t len,
		      const char *exp)
{
	char dst[16];

	memset(dst, 'Z', sizeof(dst));
	is_uint(cmdline_copy(dst, src, size, max), len,
		"cmdline_copy(\"%.8s\", size %zu, max %zu) returns %zu", src,
		size, max, len);
	is_str(dst, exp, "cmdline_copy(\"%.8s\", size %zu, max %zu) keeps \"%s\"",
	       src, size, max, exp);
	ok(size >= sizeof(dst) || dst[size] == 'Z',
	   "cmdline_copy(size %zu): no write past size", size);
}

/* Is the command line copied whole when it fits, else cut and measured? */
static void test_cmdline_copy(void)
{
	/* Exactly 8 bytes, no terminator: ASan catches a read past max. */
	static const char unterminated[8] = { 'a', 'b', 'c', 'd', 'e', 'f',
					      'g', 'h' };

	copy_case("ktest", 8, 100, 5, "ktest");			/* fits */
	copy_case("", 8, 100, 0, "");				/* empty */
	copy_case("ktest=a", 8, 100, 7, "ktest=a");		/* size - 1 */
	copy_case("ktest=ab", 8, 100, 8, "ktest=a");		/* cut by 1 */
	copy_case("loglevel=7 ktest", 8, 100, 16, "logleve");	/* cut */
	copy_case("ktest", 1, 100, 5, "");			/* size 1 */
	copy_case(unterminated, 4, 8, 8, "abc");		/* max, cut */
	copy_case(unterminated, 16, 8, 8, "abcdefgh");		/* max only */
	copy_case("ktest", 8, 3, 3, "kte");			/* max < len */
}

static const char *errname(int err)
{
	return err == -EINVAL ? "-EINVAL" : err == -ERANGE ? "-ERANGE" :
	       err ? "an error" : "0";
}

/* parse_ulong(s): returns err, and when 0, *val = exp? */
static void ulong_case(const char *s, int err, unsigned long exp)
{
	unsigned long v = 0xdeadbeef;
	int ret = parse_ulong(s, &v);

	if (is_int(ret, err, "parse_ulong(\"%s\") returns %s", s,
		   errname(err)) && !err)
		is_uint(v, exp, "parse_ulong(\"%s\") = %lu", s, exp);
}

/* Does parse_ulong take whole decimal or 0x hex numbers up to 2^32 - 1? */
static void test_parse_ulong(void)
{
	ulong_case("0", 0, 0);
	ulong_case("42", 0, 42);
	ulong_case("007", 0, 7);
	ulong_case("0x1F", 0, 0x1f);
	ulong_case("0Xabc", 0, 0xabc);
	ulong_case("4294967295", 0, 0xffffffff);
	ulong_case("0xffffffff", 0, 0xffffffff);
	ulong_case("0x00000000ffffffff", 0, 0xffffffff);
	ulong_case("000000000000004294967295", 0, 0xffffffff);
	ulong_case("4294967296", -ERANGE, 0);
	ulong_case("4294967300", -ERANGE, 0);
	ulong_case("99999999999", -ERANGE, 0);
	ulong_case("0x100000000", -ERANGE, 0);
	ulong_case("", -EINVAL, 0);
	ulong_case("0x", -EINVAL, 0);
	ulong_case("0xg", -EINVAL, 0);
	ulong_case("12x", -EINVAL, 0);
	ulong_case("1a", -EINVAL, 0);
	ulong_case("7 ", -EINVAL, 0);
	ulong_case(" 7", -EINVAL, 0);
	ulong_case("-1", -EINVAL, 0);
	ulong_case("+1", -EINVAL, 0);
	ulong_case("x", -EINVAL, 0);
}

/* parse_size(s): returns err, and when 0, *val = exp? */
static void size_case(const char *s, int err, unsigned long exp)
{
	unsigned long v = 0xdeadbeef;
	int ret = parse_size(s, &v);

	if (is_int(ret, err, "parse_size(\"%s\") returns %s", s,
		   errname(err)) && !err)
		is_uint(v, exp, "parse_size(\"%s\") = %lu", s, exp);
}

/* Does parse_size scale by K, M and G (1024s) and refuse overflow? */
static void test_parse_size(void)
{
	size_case("4096", 0, 4096);
	size_case("4K", 0, 4096);
	size_case("4k", 0, 4096);
	size_case("16M", 0, 16ul << 20);
	size_case("16m", 0, 16ul << 20);
	size_case("1G", 0, 1ul << 30);
	size_case("1g", 0, 1ul << 30);
	size_case("3G", 0, 3ul << 30);
	size_case("0G", 0, 0);
	size_case("0x10K", 0, 16ul << 10);
	size_case("4095M", 0, 4095ul << 20);
	size_case("4194303K", 0, 0xfffffc00);
	size_case("4294967295", 0, 0xffffffff);
	size_case("4G", -ERANGE, 0);
	size_case("4096M", -ERANGE, 0);
	size_case("4194304K", -ERANGE, 0);
	size_case("0x100000M", -ERANGE, 0);
	size_case("4294967296", -ERANGE, 0);
	size_case("12Q", -EINVAL, 0);
	size_case("12KB", -EINVAL, 0);
	size_case("12 K", -EINVAL, 0);
	size_case("12K ", -EINVAL, 0);
	size_case("K", -EINVAL, 0);
	size_case("", -EINVAL, 0);
	size_case("0x", -EINVAL, 0);
	size_case("0xK", -EINVAL, 0);
	size_case("-1K", -EINVAL, 0);
}

/* list_contains(list, item) == exp? */
static void list_case(const char *list, const char *item, bool exp)
{
	ok(list_contains(list, item) == exp,
	   "list_contains(\"%s\", \"%s\") is %s", list, item,
	   exp ? "true" : "false");
}

/* Does list_contains match whole comma-separated names only? */
static void test_list_contains(void)
{
	list_case("paging,sched,vm", "paging", true);	/* first */
	list_case("paging,sched,vm", "sched", true);	/* middle */
	list_case("paging,sched,vm", "vm", true);	/* last */
	list_case("paging", "paging", true);		/* only */
	list_case("a,b,", "b", true);			/* trailing comma */
	list_case("paging,sched", "pag", false);	/* prefix of an item */
	list_case("paging,sched", "ched", false);	/* suffix of an item */
	list_case("paging,sched", "schedx", false);	/* item and more */
	list_case("xpaging", "paging", false);		/* item inside a name */
	list_case("paging,sched", "paging,sched", false);
	list_case("paging,sched", "vm", false);
	list_case("", "paging", false);
	list_case("", "", false);
}

int main(void)
{
	test_cmdline_copy();
	test_next_arg();
	test_next_arg_toolong();
	test_parse_ulong();
	test_parse_size();
	test_list_contains();
	return done_testing();
}
