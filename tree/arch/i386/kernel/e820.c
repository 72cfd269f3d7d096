/*
 * The E820 memory map: sanitising and walking usable RAM
 *
 * setup.c passes the map from the boot parameters to e820_setup(), which
 * keeps the raw entries for printing and computes the usable RAM as
 * sorted, disjoint, page-aligned ranges: RAM entries minus anything any
 * other entry claims (firmware maps overlap in practice).  The page
 * allocator (mm/page_alloc.c) frees exactly those ranges.  The pure part,
 * e820_ram_ranges(), is also compiled on the host by tests/unit.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <asm/e820.h>
#include <asm/page.h>

struct e820map e820;
static struct ram_range ram[E820MAX];
static int nr_ram;

#define LIMIT_4G	0x100000000ULL
#define PAGE_MASK_64	(~(u64)(PAGE_SIZE - 1))

/* Removes [s, e) from the ranges in r; returns the new count. */
static int cut(struct ram_range *r, int n, int max, u64 s, u64 e)
{
	int i;

	for (i = 0; i < n; i++) {
		if (e <= r[i].start || s >= r[i].end)
			continue;
		if (s > r[i].start && e < r[i].end) {	/* split in two */
			if (n == max)
				return -ERANGE;
			r[n].start = e;
			r[n].end = r[i].end;
			r[i].end = s;
			n++;
		} else if (s <= r[i].start && e >= r[i].end) {
			r[i] = r[--n];			/* swallowed */
			i--;
		} else if (s <= r[i].start) {
			r[i].start = e;
		} else {
			r[i].end = s;
		}
	}
	return n;
}

static void sort_and_merge(struct ram_range *r, int *n)
{
	int i, j;

	for (i = 1; i < *n; i++)
		for (j = i; j > 0 && r[j].start < r[j - 1].start; j--) {
			struct ram_range t = r[j];

			r[j] = r[j - 1];
			r[j - 1] = t;
		}
	for (i = 1; i < *n; i++)
		if (r[i].start <= r[i - 1].end) {
			if (r[i].end > r[i - 1].end)
				r[i - 1].end = r[i].end;
			for (j = i; j < *n - 1; j++)
				r[j] = r[j + 1];
			(*n)--;
			i--;
		}
}

int e820_ram_ranges(const struct e820entry *map, int nr,
		    struct ram_range *out, int max)
{
	int i, n = 0;

	for (i = 0; i < nr; i++) {
		u64 s = map[i].addr, e = map[i].addr + map[i].size;

		if (map[i].type != E820_RAM || !map[i].size || s >= LIMIT_4G)
			continue;
		if (e < s || e > LIMIT_4G)
			e = LIMIT_4G;
		if (n == max)
			return -ERANGE;
		out[n].start = s;
		out[n].end = e;
		n++;
	}
	for (i = 0; i < nr; i++) {
		u64 e = map[i].addr + map[i].size;

		if (map[i].type == E820_RAM || !map[i].size)
			continue;
		n = cut(out, n, max, map[i].addr, e < map[i].addr ? ~0ULL : e);
		if (n < 0)
			return n;
	}
	sort_and_merge(out, &n);
	/* Whole pages only (64-bit masks: a range may end at 4 GiB). */
	for (i = 0; i < n; i++) {
		out[i].start = (out[i].start + PAGE_SIZE - 1) & PAGE_MASK_64;
		out[i].end &= PAGE_MASK_64;
		if (out[i].end <= out[i].start) {
			out[i] = out[--n];
			i--;
		}
	}
	sort_and_merge(out, &n);
	return n;
}

int e820_setup(const struct e820entry *map, int nr)
{
	int i;

	if (nr < 0 || nr > E820MAX)
		return -EINVAL;
	for (i = 0; i < nr; i++)
		e820.map[i] = map[i];
	e820.nr_map = nr;
	nr_ram = e820_ram_ranges(map, nr, ram, E820MAX);
	if (nr_ram <= 0) {
		nr_ram = 0;
		return -EINVAL;
	}
	return 0;
}

static const char *e820_type_name(u32 type)
{
	switch (type) {
	case E820_RAM:		return "usable";
	case E820_RESERVED:	return "reserved";
	case E820_ACPI:		return "ACPI data";
	case E820_NVS:		return "ACPI NVS";
	case E820_UNUSABLE:	return "unusable";
	default:		return "type unknown";
	}
}

void e820_print_map(const char *who)
{
	u32 i;

	for (i = 0; i < e820.nr_map; i++)
		printk(KERN_INFO " %s: %016llx - %016llx (%s)\n", who,
		       e820.map[i].addr, e820.map[i].addr + e820.map[i].size,
		       e820_type_name(e820.map[i].type));
}

unsigned long e820_max_pfn(unsigned long limit_pfn)
{
	unsigned long max = 0;
	int i;

	for (i = 0; i < nr_ram; i++) {
		unsigned long end = ram[i].end >> PAGE_SHIFT;

		max = end > max ? end : max;
	}
	return max < limit_pfn ? max : limit_pfn;
}

void e820_for_each_ram(unsigned long limit_pfn,
		       void (*fn)(unsigned long, unsigned long))
{
	int i;

	for (i = 0; i < nr_ram; i++) {
		unsigned long s = ram[i].start >> PAGE_SHIFT;
		unsigned long e = ram[i].end >> PAGE_SHIFT;

		if (e > limit_pfn)
			e = limit_pfn;
		if (s < e)
			fn(s, e);
	}
}
