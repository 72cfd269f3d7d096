/*
 * The page frame allocator
 *
 * setup_arch() calls mem_init() once the E820 map is known: mem_map gets
 * one struct page per frame below max_low_pfn (placed right after the
 * kernel image), every frame starts reserved, and then the usable RAM
 * ranges are freed, minus the kernel image and mem_map itself.  The
 * kernel and mem_map must lie in one usable range of the memory map;
 * with less RAM (under about 1.5 MiB, see Documentation/boot.txt) it
 * panics with one line saying how much it needs.
 * alloc_pages() is first fit over a free bitmap, resuming where the last
 * search ended; enough for a small kernel, and every page comes back
 * zeroed.  Interrupts are disabled around the bitmap.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/string.h>
#include <asm/e820.h>
#include <asm/fixmap.h>
#include <asm/irqflags.h>

struct page *mem_map;
unsigned long max_low_pfn, nr_free_pages, totalram_pages;
static unsigned long *free_bitmap;	/* bit set = free */
static unsigned long search_hint;

extern char _phys_start[], _end[];

#define BITS	(8 * sizeof(unsigned long))

static bool pfn_free(unsigned long pfn)
{
	return free_bitmap[pfn / BITS] & (1UL << (pfn % BITS));
}

static void set_free(unsigned long pfn, bool free)
{
	if (free)
		free_bitmap[pfn / BITS] |= 1UL << (pfn % BITS);
	else
		free_bitmap[pfn / BITS] &= ~(1UL << (pfn % BITS));
}

static unsigned long kernel_pfn __initdata, first_free_pfn __initdata;

static void __init free_range(unsigned long start, unsigned long end)
{
	unsigned long pfn;

	for (pfn = start; pfn < end; pfn++) {
		if ((pfn >= kernel_pfn && pfn < first_free_pfn) || pfn == 0)
			continue;	/* kernel, mem_map, the BIOS page */
		mem_map[pfn].flags = 0;
		mem_map[pfn].count = 0;
		set_free(pfn, true);
		nr_free_pages++;
		totalram_pages++;
	}
}

static unsigned long kernel_ram_end __initdata;

/* Where the usable range holding the kernel's first frame ends. */
static void __init find_kernel_range(unsigned long start, unsigned long end)
{
	if (start <= kernel_pfn && kernel_pfn < end)
		kernel_ram_end = end;
}

/* The highest frame the kernel can map linearly below the fixmap. */
static unsigned long __init lowmem_limit_pfn(void)
{
	unsigned long cfg = (unsigned long)CONFIG_MAX_LOWMEM_MB << (20 - PAGE_SHIFT);
	unsigned long room = (FIXADDR_START - PAGE_OFFSET - (8UL << 20)) >>
			     PAGE_SHIFT;

	return min(cfg, room);
}

void __init mem_init(void)
{
	unsigned long limit = lowmem_limit_pfn(), all = e820_max_pfn(~0UL);
	unsigned long map_bytes, bitmap_bytes, start;

	max_low_pfn = e820_max_pfn(limit);
	if (all > max_low_pfn)
		printk(KERN_NOTICE "Memory: %luMB above %luMB is not used (no highmem)\n",
		       (all - max_low_pfn) >> (20 - PAGE_SHIFT),
		       max_low_pfn >> (20 - PAGE_SHIFT));
	map_bytes = max_low_pfn * sizeof(struct page);
	bitmap_bytes = ALIGN(max_low_pfn, BITS) / 8;
	kernel_pfn = (unsigned long)_phys_start >> PAGE_SHIFT;
	start = PAGE_ALIGN((unsigned long)_end);
	mem_map = (struct page *)start;
	free_bitmap = (unsigned long *)(start + ALIGN(map_bytes, 4));
	first_free_pfn = __pa(PAGE_ALIGN((unsigned long)free_bitmap +
					 bitmap_bytes)) >> PAGE_SHIFT;
	e820_for_each_ram(max_low_pfn, find_kernel_range);
	if (!kernel_ram_end)
		panic("Memory: the kernel and mem_map need usable RAM at 0x%lx-0x%lx; the map has none at 0x%lx",
		      pfn_to_phys(kernel_pfn), pfn_to_phys(first_free_pfn),
		      pfn_to_phys(kernel_pfn));
	if (kernel_ram_end < first_free_pfn)
		panic("Memory: the kernel and mem_map need usable RAM at 0x%lx-0x%lx; the map has it to 0x%lx",
		      pfn_to_phys(kernel_pfn), pfn_to_phys(first_free_pfn),
		      pfn_to_phys(kernel_ram_end));
	memset(mem_map, 0, map_bytes);
	memset(free_bitmap, 0, bitmap_bytes);
	for (start = 0; start < max_low_pfn; start++)
		mem_map[start].flags = PG_reserved;
	e820_for_each_ram(max_low_pfn, free_range);
	printk(KERN_INFO "Memory: %luk/%luk available (%luk kernel)\n",
	       nr_free_pages << 2, max_low_pfn << 2,
	       (first_free_pfn - kernel_pfn) << 2);
}

static long find_run(unsigned long from, unsigned long to, unsigned long n,
		     unsigned long align)
{
	unsigned long pfn, i;

	for (pfn = ALIGN(from, align); pfn + n <= to; pfn += align) {
		for (i = 0; i < n && pfn_free(pfn + i); i++)
			;
		if (i == n)
			return pfn;
	}
	return -1;
}

void *alloc_pages(unsigned int order)
{
	unsigned long n = 1UL << order, i, flags;
	long pfn;

	local_irq_save(flags);
	pfn = find_run(search_hint, max_low_pfn, n, n);
	if (pfn < 0)
		pfn = find_run(0, max_low_pfn, n, n);
	if (pfn < 0) {
		local_irq_restore(flags);
		return NULL;
	}
	for (i = 0; i < n; i++) {
		set_free(pfn + i, false);
		mem_map[pfn + i].count = 1;
		mem_map[pfn + i].flags = 0;
	}
	nr_free_pages -= n;
	search_hint = pfn + n;
	local_irq_restore(flags);
	memset(__va(pfn_to_phys(pfn)), 0, n * PAGE_SIZE);
	return __va(pfn_to_phys(pfn));
}

static void __free_pfn(unsigned long pfn)
{
	BUG_ON(pfn >= max_low_pfn || pfn_free(pfn) ||
	       (mem_map[pfn].flags & PG_reserved));
	mem_map[pfn].count = 0;
	mem_map[pfn].flags = 0;
	set_free(pfn, true);
	nr_free_pages++;
}

void free_pages(void *addr, unsigned int order)
{
	unsigned long pfn = __pa(addr) >> PAGE_SHIFT, i, flags;

	local_irq_save(flags);
	for (i = 0; i < (1UL << order); i++)
		__free_pfn(pfn + i);
	local_irq_restore(flags);
}

void get_page(struct page *p)
{
	unsigned long flags;

	local_irq_save(flags);
	BUG_ON(!p->count);
	p->count++;
	local_irq_restore(flags);
}

void put_page(struct page *p)
{
	unsigned long flags;

	local_irq_save(flags);
	BUG_ON(!p->count);
	if (--p->count == 0)
		__free_pfn(page_to_pfn(p));
	local_irq_restore(flags);
}
