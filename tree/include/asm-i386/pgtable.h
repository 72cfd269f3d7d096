/*
 * Two-level (non-PAE) page tables: entry bits and updates
 *
 * A page directory (pgd) of 1024 entries each pointing to a page table of
 * 1024 PTEs, 4 KiB pages only.  Every store into a live page table goes
 * through set_pte()/set_pte_at()/set_pmd() (a user PTE always through
 * set_pte_at(), with its address space and address; set_pte() is for the
 * kernel's own mappings), and a change made in place to a present entry
 * (ptep_make_cow) is followed by pte_update(), so one header owns how
 * page tables are written.  arch/i386/mm/pgtable.c walks and builds
 * them.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _ASM_I386_PGTABLE_H
#define _ASM_I386_PGTABLE_H

#include <asm/page.h>

#define _PAGE_PRESENT	0x001
#define _PAGE_RW	0x002
#define _PAGE_USER	0x004
#define _PAGE_PWT	0x008
#define _PAGE_PCD	0x010
#define _PAGE_ACCESSED	0x020
#define _PAGE_DIRTY	0x040
#define _PAGE_PSE	0x080
#define _PAGE_GLOBAL	0x100
#define _PAGE_COW	0x200	/* software: copy on write */

#define PTRS_PER_PGD	1024
#define PTRS_PER_PTE	1024
#define PGDIR_SHIFT	22
#define PGDIR_SIZE	(1UL << PGDIR_SHIFT)
#define USER_PGD_PTRS	(PAGE_OFFSET >> PGDIR_SHIFT)	/* 768 */

#ifndef __ASSEMBLY__

#include <linux/types.h>

struct mm_struct;

#define _PAGE_TABLE	(_PAGE_PRESENT | _PAGE_RW | _PAGE_USER | \
			 _PAGE_ACCESSED | _PAGE_DIRTY)
#define _KERNPG_TABLE	(_PAGE_PRESENT | _PAGE_RW | _PAGE_ACCESSED | \
			 _PAGE_DIRTY)
#define PAGE_KERNEL	__pgprot(_PAGE_PRESENT | _PAGE_RW | _PAGE_ACCESSED | \
				 _PAGE_DIRTY)
#define PAGE_KERNEL_RO	__pgprot(_PAGE_PRESENT | _PAGE_ACCESSED)
#define PAGE_USER_RW	__pgprot(_PAGE_PRESENT | _PAGE_RW | _PAGE_USER | \
				 _PAGE_ACCESSED)
#define PAGE_USER_RO	__pgprot(_PAGE_PRESENT | _PAGE_USER | _PAGE_ACCESSED)

#define pgd_index(a)	(((unsigned long)(a) >> PGDIR_SHIFT) & 1023)
#define pte_index(a)	(((unsigned long)(a) >> PAGE_SHIFT) & 1023)
#define pte_present(p)	(pte_val(p) & _PAGE_PRESENT)
#define pte_write(p)	(pte_val(p) & _PAGE_RW)
#define pte_pfn(p)	(pte_val(p) >> PAGE_SHIFT)
#define pte_none(p)	(!pte_val(p))
#define pgd_present(p)	(pgd_val(p) & _PAGE_PRESENT)
#define pgd_page_vaddr(p) ((pte_t *)__va(pgd_val(p) & PAGE_MASK))
#define pfn_pte(pfn, prot) __pte(((pfn) << PAGE_SHIFT) | pgprot_val(prot))

static inline void native_set_pte(pte_t *ptep, pte_t pte)
{
	*ptep = pte;
}

static inline void native_set_pte_at(struct mm_struct *mm,
				     unsigned long addr, pte_t *ptep, pte_t pte)
{
	*ptep = pte;
}

static inline void native_set_pmd(pgd_t *pgdp, pgd_t pgd)
{
	*pgdp = pgd;
}

static inline void native_pte_clear(struct mm_struct *mm,
				    unsigned long addr, pte_t *ptep)
{
	*ptep = __pte(0);
}

#define set_pte(p, v)			native_set_pte(p, v)
#define set_pte_at(mm, a, p, v)		native_set_pte_at(mm, a, p, v)
#define set_pmd(p, v)			native_set_pmd(p, v)
#define pte_clear(mm, a, p)		native_pte_clear(mm, a, p)
/*
 * Notices after a present PTE was changed in place (not through
 * set_pte*(), which say so themselves); nothing to do on bare metal.
 */
#define pte_update(mm, a, p)		do { } while (0)
#define pte_update_defer(mm, a, p)	do { } while (0)

extern pgd_t swapper_pg_dir[PTRS_PER_PGD];

/* Fork: write-protect a present PTE in place and mark it copy-on-write. */
static inline void ptep_make_cow(struct mm_struct *mm, unsigned long addr,
				 pte_t *ptep)
{
	ptep->pte_low = (ptep->pte_low & ~_PAGE_RW) | _PAGE_COW;
	pte_update(mm, addr, ptep);
}

#endif /* __ASSEMBLY__ */
#endif /* _ASM_I386_PGTABLE_H */
