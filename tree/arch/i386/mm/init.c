/*
 * Kernel page tables: the linear map, the fixmap, reserving the top
 *
 * setup_arch() calls paging_init() after mem_init(): it maps all of
 * lowmem at PAGE_OFFSET with 4 KiB pages (global when the CPU has PGE),
 * creates the fixmap's page table, and removes head.S's identity map.
 * Every kernel page-directory entry exists from then on, so a process's
 * page directory can copy the kernel half once at creation.
 * reserve_top_address() (or reservetop=) must run before: it moves the
 * fixmap down so that [4 GiB - reserve, 4 GiB) stays unmapped for a
 * hypervisor.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/cmdline.h>
#include <linux/errno.h>
#include <asm/pgtable.h>
#include <asm/tlbflush.h>
#include <asm/fixmap.h>
#include <asm/processor.h>

#define MAX_RESERVE_TOP	(512UL << 20)

unsigned long __FIXADDR_TOP = 0xfffff000UL;
unsigned long reserved_top;
static bool paging_ready;

struct mm_struct init_mm = { .pgd = swapper_pg_dir };

void reserve_top_address(unsigned long reserve)
{
	BUG_ON(paging_ready);
	reserved_top = reserve;
	__FIXADDR_TOP = -reserve - PAGE_SIZE;
	printk(KERN_INFO "paging: reserved %luk at the top of the address space (from 0x%08lx)\n",
	       reserve >> 10, -reserve);
}

/* reservetop=SIZE, rounded up to whole page-directory entries (4 MiB). */
static int reservetop_setup(const char *val)
{
	unsigned long size;
	int err = parse_size(val, &size);

	if (err)
		return err;
	if (!size || size > MAX_RESERVE_TOP)
		return -ERANGE;
	reserve_top_address(ALIGN(size, PGDIR_SIZE));
	return 0;
}
__setup("reservetop=", reservetop_setup);

static pte_t * __init kernel_pte(unsigned long addr)
{
	pte_t *pte = pte_alloc(&init_mm, swapper_pg_dir, addr);

	if (!pte)
		panic("paging: out of memory for kernel page tables");
	return pte;
}

void __init paging_init(void)
{
	unsigned long global = cpu_has(X86_FEATURE_PGE) ? _PAGE_GLOBAL : 0;
	unsigned long pfn, i;

	/*
	 * The linear map.  head.S's page tables (pg0, in the kernel image)
	 * already cover the first 64 MiB and are reused; above that,
	 * pte_alloc() adds tables.
	 */
	for (pfn = 0; pfn < max_low_pfn; pfn++)
		set_pte(kernel_pte(PAGE_OFFSET + pfn_to_phys(pfn)),
			__pte(pfn_to_phys(pfn) | pgprot_val(PAGE_KERNEL) |
			      global));
	for (i = 0; i < __end_of_fixed_addresses; i++)
		kernel_pte(fix_to_virt(i));
	/* Drop head.S's identity mapping of low memory. */
	for (i = 0; i < USER_PGD_PTRS; i++)
		set_pmd(&swapper_pg_dir[i], __pgd(0));
	write_cr3(__pa(swapper_pg_dir));
	__flush_tlb_all();
	paging_ready = true;
	printk(KERN_INFO "paging: %luMB lowmem at 0x%08lx, fixmap 0x%08lx-0x%08lx\n",
	       max_low_pfn >> (20 - PAGE_SHIFT), PAGE_OFFSET, FIXADDR_START,
	       FIXADDR_TOP + PAGE_SIZE - 1);
}

void set_fixmap(enum fixed_addresses idx, unsigned long phys)
{
	unsigned long addr = fix_to_virt(idx);

	set_pte(pte_lookup(swapper_pg_dir, addr),
		__pte((phys & PAGE_MASK) | pgprot_val(PAGE_KERNEL)));
	__flush_tlb_single(addr);
}

void clear_fixmap(enum fixed_addresses idx)
{
	unsigned long addr = fix_to_virt(idx);

	pte_clear(&init_mm, addr, pte_lookup(swapper_pg_dir, addr));
	__flush_tlb_single(addr);
}
