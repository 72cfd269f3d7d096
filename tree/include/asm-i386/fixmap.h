/*
 * Fixed virtual addresses (fixmap) and the top of the address space
 *
 * The fixmap is a handful of pages at the very top of the kernel's
 * virtual space, each mapped to a physical page chosen at run time.  Its
 * top, __FIXADDR_TOP, starts at the last page of the 4 GiB space and moves
 * down when reserve_top_address() gives the top to a hypervisor (the
 * reservetop= option, or a backend during boot).  Everything the kernel
 * maps dynamically lies below FIXADDR_START, so the reserved range is
 * never touched.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _ASM_I386_FIXMAP_H
#define _ASM_I386_FIXMAP_H

#include <asm/page.h>

enum fixed_addresses {
	FIX_HOLE,		/* guard page */
	FIX_TEST,		/* scratch slot used by the paging self-test */
	FIX_COPY_SRC,		/* temporary mappings for page copies */
	FIX_COPY_DST,
	__end_of_fixed_addresses
};

extern unsigned long __FIXADDR_TOP;
#define FIXADDR_TOP	(__FIXADDR_TOP)
#define FIXADDR_SIZE	(__end_of_fixed_addresses << PAGE_SHIFT)
#define FIXADDR_START	(FIXADDR_TOP - FIXADDR_SIZE)
#define fix_to_virt(x)	(FIXADDR_TOP - ((unsigned long)(x) << PAGE_SHIFT))

void set_fixmap(enum fixed_addresses idx, unsigned long phys);
void clear_fixmap(enum fixed_addresses idx);
/* Gives [4 GiB - reserve, 4 GiB) away; only before paging_init. */
void reserve_top_address(unsigned long reserve);

#endif /* _ASM_I386_FIXMAP_H */
