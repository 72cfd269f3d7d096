/*
 * lhype's command lines (hv/lhype/options.c) host unit test
 *
 * Built by tests/unit/Makefile with hv/lhype/options.c and
 * hv/core/reason.c; run by tests/unit/hv_options.t.  The host's options
 * as QEMU and GRUB pass them (the host's path first), each bad value
 * with its reason word for word, and module strings split into the
 * image's path and the guest's command line, up to a command line one
 * byte over the guest's page.  Strings sit in heap buffers of their
 * exact size, so ASan fails a read past the bound the parser was given.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <stdlib.h>
#include <string.h>
#include "hv/lhype/options.h"
#include "tap.h"

#define HOST	(120u << 20)	/* what the host has for the guest */

/* s in a buffer of its length (+ NUL if nul), parsed with that bound. */
static int parse(const char *s, bool nul, u32 host_mem,
		 struct lhype_options *opt)
{
	size_t n = strlen(s) + nul;
	char *buf = host_malloc(n ? n : 1);
	int r;

	memcpy(buf, s, n);
	r = lhype_parse_options(buf, n, host_mem, opt);
	host_free(buf);
	return r;
}

static void good(const char *s, u32 host_mem, u32 mem, bool verbose)
{
	struct lhype_options o;

	if (!is_int(parse(s, true, host_mem, &o), 0, "\"%s\": accepted", s))
		diag("why: %s", o.why);
	is_uint(o.mem, mem, "\"%s\": guest memory", s);
	ok(o.verbose == verbose && !o.why[0], "\"%s\": verbose %d, no reason",
	   s, verbose);
}

static void bad(const char *s, u32 host_mem, const char *why)
{
	struct lhype_options o;

	is_int(parse(s, true, host_mem, &o), -1, "\"%s\": refused", s);
	is_str(o.why, why, "\"%s\": the reason", s);
}

static void test_options(void)
{
	struct lhype_options o;

	good("", HOST, 64u << 20, false);
	good("build/lhype", HOST, 64u << 20, false);
	good("/boot/lhype mem=32M", HOST, 32u << 20, false);
	good("mem=32M", HOST, 32u << 20, false);
	good("  mem=16384k\tverbose  ", HOST, 16u << 20, true);
	good("mem=1g", 1u << 30, 1u << 30, false);
	good("mem=8M", HOST, 8u << 20, false);
	good("mem=120M", HOST, HOST, false);
	good("mem=10485760", HOST, 10u << 20, false);
	good("mem=16M mem=24M", HOST, 24u << 20, false);
	good("", 40u << 20, 40u << 20, false);
	good("", (40u << 20) + 100, 40u << 20, false);
	bad("lhype mem=32M", HOST, "unknown option \"lhype\" (known: "
	    "mem=N[K|M|G], irqoff=N, verbose, hostpanic)");
	bad("mem=32M quiet", HOST, "unknown option \"quiet\" (known: "
	    "mem=N[K|M|G], irqoff=N, verbose, hostpanic)");
	bad("build/lhype build/lhype", HOST, "unknown option \"build/lhype\" "
	    "(known: mem=N[K|M|G], irqoff=N, verbose, hostpanic)");
	bad("verbose=1", HOST, "unknown option \"verbose=1\" (known: "
	    "mem=N[K|M|G], irqoff=N, verbose, hostpanic)");
	bad("mem=7M", HOST, "\"mem=7M\" is less than a guest needs (8 MiB)");
	bad("mem=121M", HOST, "\"mem=121M\" is more than the host has "
	    "(120 MiB)");
	bad("mem=4G", HOST, "\"mem=4G\" is more than the host has (120 MiB)");
	bad("mem=99999999999M", HOST, "bad size in \"mem=99999999999M\": want "
	    "a number with K, M or G, like mem=64M");
	bad("mem=", HOST, "bad size in \"mem=\": want a number with K, M or G, "
	    "like mem=64M");
	bad("mem=64MB", HOST, "bad size in \"mem=64MB\": want a number with K, "
	    "M or G, like mem=64M");
	bad("mem=-64M", HOST, "bad size in \"mem=-64M\": want a number with K, "
	    "M or G, like mem=64M");
	bad("mem=10000001", HOST, "\"mem=10000001\" is not a multiple of "
	    "4 KiB");
	bad("", 4u << 20, "the host has 4 MiB for the guest, less than the "
	    "least it needs (8 MiB)");
	bad("x0123456789012345678901234567890123456789012345", HOST,
	    "unknown option \"x012345678901234567890123456789012345678...\" "
	    "(known: mem=N[K|M|G], irqoff=N, verbose, hostpanic)");
	bad("\x01\xff", HOST, "unknown option \"??\" (known: mem=N[K|M|G], "
	    "irqoff=N, verbose, hostpanic)");
	if (is_int(parse("mem=32M irqoff=2", true, HOST, &o), 0,
		   "irqoff=2: accepted"))
		is_uint(o.irqoff_secs, 2, "irqoff=2: 2 seconds");
	if (is_int(parse("mem=32M", true, HOST, &o), 0, "no irqoff="))
		is_uint(o.irqoff_secs, 10, "no irqoff=: 10 seconds");
	is_int(parse("irqoff=3600", true, HOST, &o), 0, "irqoff=3600");
	bad("irqoff=0", HOST, "bad value in \"irqoff=0\": want seconds, 1 to "
	    "3600");
	bad("irqoff=3601", HOST, "bad value in \"irqoff=3601\": want seconds, "
	    "1 to 3600");
	bad("irqoff=99999999999999999999", HOST, "bad value in "
	    "\"irqoff=99999999999999999999\": want seconds, 1 to 3600");
	bad("irqoff=2s", HOST, "bad value in \"irqoff=2s\": want seconds, 1 "
	    "to 3600");
	bad("verbosee", HOST, "unknown option \"verbosee\" (known: "
	    "mem=N[K|M|G], irqoff=N, verbose, hostpanic)");
	is_int(parse("mem=32M", false, HOST, &o), -1,
	       "no NUL within the bound: refused");
	is_str(o.why, "the host's command line is not terminated within "
	       "7 bytes",
	       "no NUL within the bound: the reason");
}

/* The module string s split: path and command line, or the reason. */
static void split(const char *s, const char *path, const char *cmdline,
		  const char *why)
{
	size_t n = strlen(s) + 1;
	char *buf = host_malloc(n);
	struct lhype_module m;
	int r;

	memcpy(buf, s, n);
	r = lhype_split_module(buf, n, &m);
	if (why) {
		is_int(r, -1, "module \"%.20s\": refused", s);
		is_str(m.why, why, "module \"%.20s\": the reason", s);
	} else if (is_int(r, 0, "module \"%.20s\": accepted", s)) {
		ok(m.path_len == strlen(path) &&
		   !memcmp(m.path, path, m.path_len),
		   "module \"%.20s\": path \"%s\"", s, path);
		ok(m.cmdline_len == strlen(cmdline) &&
		   !memcmp(m.cmdline, cmdline, m.cmdline_len) &&
		   m.cmdline >= buf && m.cmdline + m.cmdline_len < buf + n,
		   "module \"%.20s\": command line \"%.20s\"", s, cmdline);
	}
	host_free(buf);
}

static void test_module(void)
{
	static char big[4096 + 16];
	struct lhype_module m;

	split("build/vmlinux ktest", "build/vmlinux", "ktest", NULL);
	split("build/vmlinux", "build/vmlinux", "", NULL);
	split("", "", "", NULL);
	split("  /boot/vmlinux   ktest=boot  console=ttyS0 ",
	      "/boot/vmlinux", "ktest=boot  console=ttyS0 ", NULL);
	split("vmlinux\tktest", "vmlinux", "ktest", NULL);

	memcpy(big, "vmlinux ", 8);
	memset(big + 8, 'a', 4095);		/* the longest that fits */
	split(big, "vmlinux", big + 8, NULL);
	big[8 + 4095] = 'b';			/* one byte more */
	split(big, NULL, NULL, "guest command line is 4096 bytes, the limit "
	      "is 4095");
	is_int(lhype_split_module("vmlinux", 7, &m), -1,
	       "no NUL within the bound: refused");
	is_str(m.why, "the module string is not terminated within 7 bytes",
	       "no NUL within the bound: the reason");
}

int main(void)
{
	test_options();
	test_module();
	return done_testing();
}
