/*
 * The E820 memory map (arch/i386/kernel/e820.c) host unit test
 *
 * Built by tests/unit/Makefile with the tree's e820.c, lib/vsprintf.c
 * and lib/string.c; run by tests/unit/e820.t.  Feeds e820_ram_ranges()
 * hand-written maps (a QEMU map, overlaps, holes, odd alignment, 4 GiB
 * edges, a full output array), then thousands of random maps checked
 * against a page-by-page model, then e820_setup() and the walkers that
 * mm/page_alloc.c uses.  printk is a stub that records the output of
 * e820_print_map().
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <asm/e820.h>
#include <asm/page.h>
#include "tap.h"

#define RAM	E820_RAM
#define RES	E820_RESERVED
#define G4	0x100000000ull

/* --- the printk stub --------------------------------------------------- */
static char log_buf[4096];
static size_t log_len;

int printk(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(log_buf + log_len, sizeof(log_buf) - log_len, fmt, ap);
	va_end(ap);
	log_len += n;
	if (log_len >= sizeof(log_buf))
		log_len = sizeof(log_buf) - 1;
	return n;
}

/* --- hand-written maps ------------------------------------------------- */
/* A case: map and expected ranges, each ended by an all-zero entry. */
struct ranges_case {
	const char *what;
	const char *todo;
	struct e820entry map[8];
	struct ram_range exp[8];
};

#define E(a, s, t)	{ (a), (s), (t) }
#define R(s, e)		{ (s), (e) }

static const struct ranges_case cases[] = {
	{ "QEMU 128 MiB map", NULL,
	  { E(0, 0x9fc00, RAM), E(0x9fc00, 0x400, RES),
	    E(0xf0000, 0x10000, RES), E(0x100000, 0x7ee0000, RAM),
	    E(0x7fe0000, 0x20000, RES), E(0xfffc0000, 0x40000, RES) },
	  { R(0, 0x9f000), R(0x100000, 0x7fe0000) } },
	{ "no entries", NULL, { }, { } },
	{ "reserved only", NULL, { E(0, 0x100000, RES) }, { } },
	{ "RAM out of order comes out sorted", NULL,
	  { E(0x200000, 0x100000, RAM), E(0x5000, 0x1000, RAM),
	    E(0, 0x1000, RAM) },
	  { R(0, 0x1000), R(0x5000, 0x6000), R(0x200000, 0x300000) } },
	{ "overlapping RAM merged", NULL,
	  { E(0x100000, 0x400000, RAM), E(0x300000, 0x500000, RAM) },
	  { R(0x100000, 0x800000) } },
	{ "adjacent RAM merged", NULL,
	  { E(0x200000, 0x100000, RAM), E(0x100000, 0x100000, RAM) },
	  { R(0x100000, 0x300000) } },
	{ "duplicate RAM entries", NULL,
	  { E(0x100000, 0x100000, RAM), E(0x100000, 0x100000, RAM) },
	  { R(0x100000, 0x200000) } },
	{ "reserved hole splits RAM", NULL,
	  { E(0, 0x1000000, RAM), E(0x400000, 0x100000, RES) },
	  { R(0, 0x400000), R(0x500000, 0x1000000) } },
	{ "reserved before the RAM in the map", NULL,
	  { E(0x400000, 0x100000, RES), E(0, 0x1000000, RAM) },
	  { R(0, 0x400000), R(0x500000, 0x1000000) } },
	{ "reserved over the start of RAM", NULL,
	  { E(0x100000, 0x400000, RAM), E(0x80000, 0x100000, RES) },
	  { R(0x180000, 0x500000) } },
	{ "reserved over the end of RAM", NULL,
	  { E(0x100000, 0x400000, RAM), E(0x480000, 0x100000, RES) },
	  { R(0x100000, 0x480000) } },
	{ "reserved swallows RAM", NULL,
	  { E(0x100000, 0x1000, RAM), E(0, 0x200000, RES) }, { } },
	{ "reserved swallows several RAM entries", NULL,
	  { E(0, 0x1000, RAM), E(0x2000, 0x1000, RAM), E(0x4000, 0x1000, RAM),
	    E(0, 0x5000, RES) }, { } },
	{ "middle RAM swallowed, others kept", NULL,
	  { E(0, 0x1000, RAM), E(0x2000, 0x1000, RAM), E(0x4000, 0x1000, RAM),
	    E(0x2000, 0x1000, E820_ACPI) },
	  { R(0, 0x1000), R(0x4000, 0x5000) } },
	{ "two holes in one RAM entry", NULL,
	  { E(0, 0x10000, RAM), E(0x2000, 0x1000, RES),
	    E(0x8000, 0x1000, E820_NVS) },
	  { R(0, 0x2000), R(0x3000, 0x8000), R(0x9000, 0x10000) } },
	{ "ACPI, NVS, unusable and unknown types all cut", NULL,
	  { E(0, 0x50000, RAM), E(0x10000, 0x1000, E820_ACPI),
	    E(0x20000, 0x1000, E820_NVS), E(0x30000, 0x1000, E820_UNUSABLE),
	    E(0x40000, 0x1000, 12) },
	  { R(0, 0x10000), R(0x11000, 0x20000), R(0x21000, 0x30000),
	    R(0x31000, 0x40000), R(0x41000, 0x50000) } },
	{ "unaligned reserved widens to whole pages", NULL,
	  { E(0, 0x100000, RAM), E(0x9fc00, 0x400, RES) },
	  { R(0, 0x9f000), R(0xa0000, 0x100000) } },
	{ "unaligned RAM shrinks to whole pages", NULL,
	  { E(0x800, 0x2000, RAM) }, { R(0x1000, 0x2000) } },
	{ "RAM without a whole page dropped", NULL,
	  { E(0x1800, 0x1000, RAM), E(0x5000, 0x800, RAM) }, { } },
	{ "halves of a page in two entries merge first", NULL,
	  { E(0x800, 0x1000, RAM), E(0x1800, 0x1000, RAM) },
	  { R(0x1000, 0x2000) } },
	{ "zero-size entries ignored", NULL,
	  { E(0x100000, 0, RAM), E(0, 0x10000, RAM), E(0x4000, 0, RES) },
	  { R(0, 0x10000) } },
	{ "RAM at and above 4 GiB ignored", NULL,
	  { E(G4, G4, RAM), E(0, 0x1000, RAM), E(0x300000000ull, 1, RAM) },
	  { R(0, 0x1000) } },
	{ "reserved above 4 GiB harmless", NULL,
	  { E(0, 0x1000, RAM), E(G4, 0x1000, RES) }, { R(0, 0x1000) } },
	{ "reserved size wrapping 2^64 cuts to the top", NULL,
	  { E(0, 0x1000000, RAM), E(0x800000, ~0ull, RES) },
	  { R(0, 0x800000) } },
	{ "RAM across 4 GiB, reserved below the top", NULL,
	  { E(0xc0000000, 0x80000000, RAM), E(0xfec00000, 0x1400000, RES) },
	  { R(0xc0000000, 0xfec00000) } },
	{ "RAM across 4 GiB clipped to 4 GiB",
	  NULL,
	  { E(0xc0000000, 0x80000000, RAM) }, { R(0xc0000000, G4) } },
	{ "RAM ending exactly at 4 GiB",
	  NULL,
	  { E(0x100000, 0xfff00000, RAM) }, { R(0x100000, G4) } },
	{ "RAM size wrapping 2^64 clipped to 4 GiB",
	  NULL,
	  { E(0x100000, ~0ull, RAM) }, { R(0x100000, G4) } },
	{ "RAM without a whole page just below 4 GiB dropped",
	  NULL,
	  { E(0xfffff800, 0x400, RAM) }, { } },
};

static int count_map(const struct e820entry *m)
{
	int n = 0;

	while (n < 8 && (m[n].addr || m[n].size || m[n].type))
		n++;
	return n;
}

static int count_ranges(const struct ram_range *r)
{
	int n = 0;

	while (n < 8 && (r[n].start || r[n].end))
		n++;
	return n;
}

static void dump_ranges(const char *what, const struct ram_range *r, int n)
{
	int i;

	if (n < 0) {
		diag("%s: error %d", what, n);
		return;
	}
	diag("%s: %d range%s", what, n, n == 1 ? "" : "s");
	for (i = 0; i < n; i++)
		diag("  [%#llx, %#llx)", r[i].start, r[i].end);
}

static bool same_ranges(const struct ram_range *a, const struct ram_range *b,
			int n)
{
	int i;

	for (i = 0; i < n; i++)
		if (a[i].start != b[i].start || a[i].end != b[i].end)
			return false;
	return true;
}

/* Are the ranges of each hand-written map the expected ones? */
static void test_cases(void)
{
	struct ram_range out[E820MAX];
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(cases); i++) {
		const struct ranges_case *c = &cases[i];
		int nexp = count_ranges(c->exp);
		int n = e820_ram_ranges(c->map, count_map(c->map), out,
					E820MAX);

		if (c->todo)
			todo_start(c->todo);
		if (!ok(n == nexp && same_ranges(out, c->exp, n), "%s",
			c->what)) {
			dump_ranges("     got", out, n);
			dump_ranges("expected", c->exp, nexp);
		}
		todo_end();
	}
}

/* e820_ram_ranges() into a heap array of exactly max (ASan: no overrun). */
static int ranges_max(const struct e820entry *map, int nr, int max)
{
	struct ram_range *out = host_malloc(max * sizeof(*out));
	int n = e820_ram_ranges(map, nr, out, max);

	host_free(out);
	return n;
}

/* Does a full output array give -ERANGE, with nothing written past it? */
static void test_max(void)
{
	static const struct e820entry three[] = {
		E(0, 0x1000, RAM), E(0x2000, 0x1000, RAM),
		E(0x4000, 0x1000, RAM)
	};
	static const struct e820entry hole[] = {
		E(0, 0x10000, RAM), E(0x4000, 0x1000, RES)
	};

	is_int(ranges_max(three, 2, 2), 2, "2 RAM entries, max 2: 2");
	is_int(ranges_max(three, 3, 2), -ERANGE,
	       "3 RAM entries, max 2: -ERANGE");
	is_int(ranges_max(hole, 2, 1), -ERANGE,
	       "a hole splitting the only range, max 1: -ERANGE");
	is_int(ranges_max(hole, 2, 2), 2,
	       "a hole splitting the only range, max 2: 2");
	is_int(ranges_max(three, 1, 0), -ERANGE,
	       "1 RAM entry, max 0: -ERANGE");
	is_int(ranges_max(hole + 1, 1, 0), 0, "no RAM, max 0: 0");
}

/* --- random maps against a model -------------------------------------- */
#define UNIT		0x100			/* model granularity */
#define UNITS		2048			/* model: 512 KiB */
#define PER_PAGE	(PAGE_SIZE / UNIT)

static unsigned int rnd_state = 2024;

static unsigned int rnd(unsigned int n)
{
	rnd_state = rnd_state * 1103515245 + 12345;
	return (rnd_state >> 8) % n;
}

/*
 * The model: a page is usable iff every byte is in some RAM entry and no
 * byte is in any other entry.  Returns the runs of usable pages.
 */
static int model(const struct e820entry *m, int nr, struct ram_range *r)
{
	static unsigned char ram[UNITS], claimed[UNITS];
	int i, u, n = 0;
	u64 p;

	for (u = 0; u < UNITS; u++)
		ram[u] = claimed[u] = 0;
	for (i = 0; i < nr; i++)
		for (u = m[i].addr / UNIT; u < (m[i].addr + m[i].size) / UNIT;
		     u++)
			if (m[i].type == RAM)
				ram[u] = 1;
			else
				claimed[u] = 1;
	for (p = 0; p < UNITS / PER_PAGE; p++) {
		bool usable = true;

		for (u = p * PER_PAGE; u < (p + 1) * PER_PAGE; u++)
			usable = usable && ram[u] && !claimed[u];
		if (!usable)
			continue;
		if (n && r[n - 1].end == p * PAGE_SIZE)
			r[n - 1].end += PAGE_SIZE;
		else
			r[n++] = (struct ram_range){ p * PAGE_SIZE,
						     (p + 1) * PAGE_SIZE };
	}
	return n;
}

/* Are the ranges of map m (nr entries) the model's?  Diagnoses if not. */
static bool like_model(const struct e820entry *m, int nr, bool verbose)
{
	struct ram_range out[E820MAX], exp[UNITS / PER_PAGE];
	int i, n = e820_ram_ranges(m, nr, out, E820MAX);
	int nexp = model(m, nr, exp);

	if (n == nexp && same_ranges(out, exp, n))
		return true;
	if (verbose) {
		diag("map:");
		for (i = 0; i < nr; i++)
			diag("  %#llx + %#llx type %u", m[i].addr, m[i].size,
			     m[i].type);
		dump_ranges("     got", out, n);
		dump_ranges("expected", exp, nexp);
	}
	return false;
}

/* Do thousands of random maps give exactly the model's ranges? */
static void test_random(void)
{
	static const u32 types[] = { RES, E820_ACPI, E820_NVS, 7 };
	struct e820entry m[8], first[8];
	int run, i, nr, first_nr = 0, bad = 0;

	for (run = 0; run < 20000; run++) {
		nr = 1 + rnd(8);
		for (i = 0; i < nr; i++) {
			m[i].addr = rnd(UNITS * 3 / 4) * UNIT;
			m[i].size = rnd(UNITS / 4) * UNIT;
			m[i].type = rnd(5) < 3 ? RAM : types[rnd(4)];
		}
		if (!like_model(m, nr, false) && !bad++) {
			for (i = 0; i < nr; i++)
				first[i] = m[i];
			first_nr = nr;
		}
	}
	if (!ok(!bad, "20000 random maps: %d differ from the page model", bad))
		like_model(first, first_nr, true);
}

/* --- e820_setup and the walkers --------------------------------------- */
static unsigned long walked[8][2];
static int nr_walked;

static void walk(unsigned long start, unsigned long end)
{
	if (nr_walked < 8) {
		walked[nr_walked][0] = start;
		walked[nr_walked][1] = end;
	}
	nr_walked++;
}

/* Did e820_for_each_ram(limit) call fn on exactly the pfn ranges exp? */
static void walk_case(unsigned long limit, const unsigned long (*exp)[2],
		      int nexp)
{
	int i;
	bool pass;

	nr_walked = 0;
	e820_for_each_ram(limit, walk);
	pass = nr_walked == nexp;
	for (i = 0; pass && i < nexp; i++)
		pass = walked[i][0] == exp[i][0] && walked[i][1] == exp[i][1];
	if (!ok(pass, "e820_for_each_ram(%#lx): %d range%s", limit, nexp,
		nexp == 1 ? "" : "s"))
		for (i = 0; i < nr_walked && i < 8; i++)
			diag("  got fn(%#lx, %#lx)", walked[i][0],
			     walked[i][1]);
}

static const char qemu_log[] =
	"<6> BIOS-e820: 0000000000000000 - 000000000009fc00 (usable)\n"
	"<6> BIOS-e820: 000000000009fc00 - 00000000000a0000 (reserved)\n"
	"<6> BIOS-e820: 00000000000f0000 - 0000000000100000 (reserved)\n"
	"<6> BIOS-e820: 0000000000100000 - 0000000007fe0000 (usable)\n"
	"<6> BIOS-e820: 0000000007fe0000 - 0000000008000000 (reserved)\n"
	"<6> BIOS-e820: 00000000fffc0000 - 0000000100000000 (reserved)\n";

/* Does e820_setup keep the map and feed max_pfn, for_each_ram, print? */
static void test_setup(void)
{
	static const unsigned long all[][2] = {
		{ 0, 0x9f }, { 0x100, 0x7fe0 }
	};
	static const unsigned long low[][2] = { { 0, 0x50 } };
	const struct e820entry *qemu = cases[0].map;
	int i;
	bool kept = true;

	is_int(e820_setup(qemu, 6), 0, "e820_setup(QEMU map) = 0");
	is_int(e820.nr_map, 6, "e820.nr_map = 6");
	for (i = 0; i < 6; i++)
		kept = kept && e820.map[i].addr == qemu[i].addr &&
		       e820.map[i].size == qemu[i].size &&
		       e820.map[i].type == qemu[i].type;
	ok(kept, "e820.map holds the raw entries");
	is_uint(e820_max_pfn(~0ul), 0x7fe0, "e820_max_pfn(no limit)");
	is_uint(e820_max_pfn(0x1000), 0x1000, "e820_max_pfn(limit 0x1000)");
	walk_case(~0ul, all, 2);
	walk_case(0x100000, all, 2);
	walk_case(0x50, low, 1);
	walk_case(0x100, all, 1);
	walk_case(0, all, 0);
	log_len = 0;
	e820_print_map("BIOS-e820");
	is_str(log_buf, qemu_log, "e820_print_map output");

	is_int(e820_setup(qemu, -1), -EINVAL, "e820_setup(nr -1) = -EINVAL");
	is_int(e820_setup(qemu, E820MAX + 1), -EINVAL,
	       "e820_setup(nr E820MAX + 1) = -EINVAL");
	is_int(e820_setup(qemu + 1, 2), -EINVAL,
	       "e820_setup(reserved only) = -EINVAL");
	is_uint(e820_max_pfn(~0ul), 0, "after a failed setup: max_pfn 0");
	walk_case(~0ul, all, 0);
}

int main(void)
{
	test_cases();
	test_max();
	test_random();
	test_setup();
	return done_testing();
}
