/*
 * Physical pages, the kernel heap and user address spaces
 *
 * mm/page_alloc.c hands out 4 KiB page frames from the E820 map; each has
 * a struct page with a reference count (shared copy-on-write pages have
 * more than one).  mm/slab.c is the kernel heap (kmalloc/kfree) on top.
 * mm/memory.c manages a process's address space (struct mm_struct): its
 * page directory, program break, anonymous mappings, fork's
 * copy-on-write copy, and teardown.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _LINUX_MM_H
#define _LINUX_MM_H

#include <linux/types.h>
#include <asm/page.h>
#include <asm/pgtable.h>

struct page {
	u16 count;		/* references; 0 = free */
	u16 flags;		/* PG_* */
};
#define PG_reserved	0x8000	/* never allocated (kernel image, holes) */
#define PG_slab		0x4000	/* low bits: the kmalloc size class */
#define PG_large	0x2000	/* low bits: the allocation order */

extern struct page *mem_map;
extern unsigned long max_low_pfn, nr_free_pages, totalram_pages;

#define pfn_to_page(pfn)	(&mem_map[pfn])
#define page_to_pfn(p)		((unsigned long)((p) - mem_map))
#define virt_to_page(v)		pfn_to_page(__pa(v) >> PAGE_SHIFT)
#define page_address(p)		__va(page_to_pfn(p) << PAGE_SHIFT)

void mem_init(void);
/* 2^order contiguous pages, zeroed; NULL when out of memory. */
void *alloc_pages(unsigned int order);
void free_pages(void *addr, unsigned int order);
#define get_zeroed_page()	alloc_pages(0)
#define free_page(a)		free_pages(a, 0)
void get_page(struct page *p);
/* Drops a reference; frees the page when it was the last. */
void put_page(struct page *p);

void kmem_init(void);
void *kmalloc(size_t size);
void *kzalloc(size_t size);
void kfree(const void *p);

/* User address space layout. */
#define USER_BASE	0x08048000UL
#define USER_MMAP_BASE	0x40000000UL
#define USER_STACK_TOP	0xBFFFF000UL
#define USER_STACK_PAGES 16
#define USER_BRK_MAX	(USER_MMAP_BASE - PAGE_SIZE)

struct mm_struct {
	pgd_t *pgd;			/* kernel virtual */
	unsigned long start_brk, brk;	/* heap [start_brk, brk) */
	unsigned long mmap_next;	/* next free anonymous mapping */
	unsigned long nr_pages;		/* user pages mapped */
};

struct mm_struct *mm_alloc(void);
struct mm_struct *mm_copy(struct mm_struct *old);	/* fork: COW */
void mm_release(struct mm_struct *mm);
void switch_mm(struct mm_struct *prev, struct mm_struct *next);
/* Maps fresh zeroed pages over [addr, addr + len); 0 or -ENOMEM. */
int mm_map_anon(struct mm_struct *mm, unsigned long addr, unsigned long len,
		bool writable);
int mm_unmap(struct mm_struct *mm, unsigned long addr, unsigned long len);
int mm_protect(struct mm_struct *mm, unsigned long addr, unsigned long len,
	       bool writable);
/* Resolves a write to a copy-on-write page: 0, or -EFAULT if not COW. */
int mm_cow_fault(struct mm_struct *mm, unsigned long addr);

/* Page-table helpers (arch/i386/mm/pgtable.c). */
pte_t *pte_lookup(pgd_t *pgd, unsigned long addr);
pte_t *pte_alloc(struct mm_struct *mm, pgd_t *pgd, unsigned long addr);
void paging_init(void);

/* Kernel virtual address of the (possibly) user virtual address in mm. */
extern struct mm_struct init_mm;
/* The address space whose page directory is in CR3. */
extern struct mm_struct *active_mm;
static inline pgd_t *active_mm_pgd(void)
{
	return active_mm->pgd;
}

#endif /* _LINUX_MM_H */
