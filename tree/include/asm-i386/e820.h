/*
 * The BIOS E820 memory map
 *
 * The memory map every boot protocol is reduced to (bootparam.h), and
 * that arch/i386/kernel/e820.c sanitises and hands to the page allocator.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _ASM_I386_E820_H
#define _ASM_I386_E820_H

#define E820MAX		128
#define E820_RAM	1
#define E820_RESERVED	2
#define E820_ACPI	3
#define E820_NVS	4
#define E820_UNUSABLE	5

#ifndef __ASSEMBLY__
#include <linux/types.h>

struct e820entry {
	u64 addr;
	u64 size;
	u32 type;
} __packed;

struct e820map {
	u32 nr_map;
	struct e820entry map[E820MAX];
};

extern struct e820map e820;

/* A usable RAM range [start, end), page aligned. */
struct ram_range {
	u64 start, end;
};

/*
 * The usable RAM of a map: RAM entries below 4 GiB minus every range
 * another entry claims, sorted, merged and trimmed to whole pages.
 * Returns the number of ranges written to out, or -ERANGE.
 */
int e820_ram_ranges(const struct e820entry *map, int nr,
		    struct ram_range *out, int max);

/* Copies and checks a map; returns 0, or -EINVAL with no usable RAM. */
int e820_setup(const struct e820entry *map, int nr);
/* Prints the map, each line headed by who ("BIOS-e820"). */
void e820_print_map(const char *who);
/* Highest usable page frame below limit_pfn. */
unsigned long e820_max_pfn(unsigned long limit_pfn);
/* Calls fn on each page-aligned usable range below limit_pfn. */
void e820_for_each_ram(unsigned long limit_pfn,
		       void (*fn)(unsigned long start_pfn,
				  unsigned long end_pfn));

#endif /* __ASSEMBLY__ */
#endif /* _ASM_I386_E820_H */
