/*
 * Page-table walking and allocation, address space switches, TLB flushes
 *
 * Helpers for mm/memory.c (user address spaces) and init.c (the kernel's
 * tables): find a PTE, create the page table that holds it, switch CR3
 * to another address space, and flush what changed.  The TLB flushes
 * touch the CPU only when the address space is the one loaded in CR3.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <asm/pgtable.h>
#include <asm/tlbflush.h>
#include <asm/system.h>

struct mm_struct *active_mm = &init_mm;

pte_t *pte_lookup(pgd_t *pgd, unsigned long addr)
{
	pgd_t *pde = &pgd[pgd_index(addr)];

	if (!pgd_present(*pde))
		return NULL;
	return &pgd_page_vaddr(*pde)[pte_index(addr)];
}

pte_t *pte_alloc(struct mm_struct *mm, pgd_t *pgd, unsigned long addr)
{
	pgd_t *pde = &pgd[pgd_index(addr)];

	if (!pgd_present(*pde)) {
		pte_t *pt = alloc_pages(0);
		unsigned long prot = addr < PAGE_OFFSET ? _PAGE_TABLE :
							  _KERNPG_TABLE;

		if (!pt)
			return NULL;
		set_pmd(pde, __pgd(__pa(pt) | prot));
	}
	return &pgd_page_vaddr(*pde)[pte_index(addr)];
}

void switch_mm(struct mm_struct *prev, struct mm_struct *next)
{
	if (next == active_mm)
		return;
	write_cr3(__pa(next->pgd));
	active_mm = next;
}

void flush_tlb_mm(struct mm_struct *mm)
{
	if (mm == active_mm)
		__flush_tlb();
}

void flush_tlb_page(struct mm_struct *mm, unsigned long addr)
{
	if (mm == active_mm)
		__flush_tlb_single(addr);
}
