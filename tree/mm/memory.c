/*
 * User address spaces: creation, copy-on-write fork, mappings, teardown
 *
 * kernel/exec.c builds a process's address space with mm_alloc() and
 * mm_map_anon(); fork (kernel/fork.c) calls mm_copy(), which shares
 * every page read-only and marks writable ones _PAGE_COW; the first
 * write then faults (arch/i386/mm/fault.c) into mm_cow_fault(), which
 * copies the page, or just makes it writable again if no one else
 * shares it any more.  brk, mmap, munmap and mprotect (kernel/sys_mm.c)
 * end up in mm_map_anon(), mm_unmap() and mm_protect().
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <asm/pgtable.h>
#include <asm/tlbflush.h>


struct mm_struct *mm_alloc(void)
{
	struct mm_struct *mm = kzalloc(sizeof(*mm));

	if (!mm)
		return NULL;
	mm->pgd = alloc_pages(0);
	if (!mm->pgd) {
		kfree(mm);
		return NULL;
	}
	/* The kernel half is shared: every kernel PDE exists already. */
	memcpy(mm->pgd + USER_PGD_PTRS, swapper_pg_dir + USER_PGD_PTRS,
	       (PTRS_PER_PGD - USER_PGD_PTRS) * sizeof(pgd_t));
	mm->mmap_next = USER_MMAP_BASE;
	return mm;
}

/* Calls fn on every present user PTE of mm. */
static int for_each_user_pte(struct mm_struct *mm,
			     int (*fn)(struct mm_struct *, unsigned long,
				       pte_t *, void *), void *arg)
{
	pgd_t *pgd = mm->pgd;
	unsigned int i, j;
	int err;

	for (i = 0; i < USER_PGD_PTRS; i++) {
		pte_t *pt;

		if (!pgd_present(pgd[i]))
			continue;
		pt = pgd_page_vaddr(pgd[i]);
		for (j = 0; j < PTRS_PER_PTE; j++) {
			if (!pte_present(pt[j]))
				continue;
			err = fn(mm, (i << PGDIR_SHIFT) | (j << PAGE_SHIFT),
				 &pt[j], arg);
			if (err)
				return err;
		}
	}
	return 0;
}

static int share_pte(struct mm_struct *old, unsigned long addr, pte_t *pte,
		     void *arg)
{
	struct mm_struct *new = arg;
	pte_t *dst = pte_alloc(new, new->pgd, addr);
	unsigned long v = pte_val(*pte);

	if (!dst)
		return -ENOMEM;
	if (v & (_PAGE_RW | _PAGE_COW)) {
		ptep_make_cow(old, addr, pte);
		v = pte_val(*pte);
	}
	get_page(pfn_to_page(pte_pfn(*pte)));
	set_pte_at(new, addr, dst, __pte(v));
	new->nr_pages++;
	return 0;
}

struct mm_struct *mm_copy(struct mm_struct *old)
{
	struct mm_struct *new = mm_alloc();

	if (!new)
		return NULL;
	new->start_brk = old->start_brk;
	new->brk = old->brk;
	new->mmap_next = old->mmap_next;
	if (for_each_user_pte(old, share_pte, new)) {
		flush_tlb_mm(old);
		mm_release(new);
		return NULL;
	}
	flush_tlb_mm(old);
	return new;
}

static int drop_pte(struct mm_struct *mm, unsigned long addr, pte_t *pte,
		    void *arg)
{
	put_page(pfn_to_page(pte_pfn(*pte)));
	return 0;
}

/*
 * Teardown: off the CPU first, then each page table is unlinked from the
 * directory before it is freed, so no entry ever points at a free page.
 */
void mm_release(struct mm_struct *mm)
{
	pgd_t *pgd = mm->pgd, *pde;

	if (active_mm == mm)
		switch_mm(mm, &init_mm);
	for_each_user_pte(mm, drop_pte, NULL);
	for (pde = pgd; pde < pgd + USER_PGD_PTRS; pde++) {
		pgd_t v = *pde;

		if (!pgd_present(v))
			continue;
		set_pmd(pde, __pgd(0));
		free_page(pgd_page_vaddr(v));
	}
	free_page(pgd);
	kfree(mm);
}

/* Is [addr, addr + len) page aligned and inside user space? */
static bool user_range_ok(unsigned long addr, unsigned long len)
{
	return !((addr | len) & ~PAGE_MASK) && addr + len >= addr &&
	       addr + len <= PAGE_OFFSET;
}

int mm_map_anon(struct mm_struct *mm, unsigned long addr, unsigned long len,
		bool writable)
{
	pgprot_t prot = writable ? PAGE_USER_RW : PAGE_USER_RO;
	unsigned long a, end = addr + len;

	if (!user_range_ok(addr, len))
		return -EINVAL;
	for (a = addr; a < end; a += PAGE_SIZE) {
		pte_t *pte = pte_alloc(mm, mm->pgd, a);
		void *page;

		if (pte && pte_present(*pte)) {
			mm_unmap(mm, addr, a - addr);
			return -EINVAL;
		}
		page = pte ? alloc_pages(0) : NULL;
		if (!page) {
			mm_unmap(mm, addr, a - addr);
			return -ENOMEM;
		}
		set_pte_at(mm, a, pte, pfn_pte(__pa(page) >> PAGE_SHIFT, prot));
		mm->nr_pages++;
	}
	return 0;
}

int mm_unmap(struct mm_struct *mm, unsigned long addr, unsigned long len)
{
	unsigned long a;

	if (!user_range_ok(addr, len))
		return -EINVAL;
	for (a = addr; a < addr + len; a += PAGE_SIZE) {
		pte_t *pte = pte_lookup(mm->pgd, a);

		if (!pte || !pte_present(*pte))
			continue;
		put_page(pfn_to_page(pte_pfn(*pte)));
		pte_clear(mm, a, pte);
		flush_tlb_page(mm, a);
		mm->nr_pages--;
	}
	return 0;
}

int mm_protect(struct mm_struct *mm, unsigned long addr, unsigned long len,
	       bool writable)
{
	unsigned long a;

	if (!user_range_ok(addr, len))
		return -EINVAL;
	for (a = addr; a < addr + len; a += PAGE_SIZE) {
		pte_t *pte = pte_lookup(mm->pgd, a);

		if (!pte || !pte_present(*pte))
			return -ENOMEM;
	}
	for (a = addr; a < addr + len; a += PAGE_SIZE) {
		pte_t *pte = pte_lookup(mm->pgd, a);
		unsigned long v = pte_val(*pte) & ~(_PAGE_RW | _PAGE_COW);

		/* A page still shared after fork stays copy-on-write. */
		if (writable && pfn_to_page(pte_pfn(__pte(v)))->count > 1)
			v |= _PAGE_COW;
		else if (writable)
			v |= _PAGE_RW;
		set_pte_at(mm, a, pte, __pte(v));
		flush_tlb_page(mm, a);
	}
	return 0;
}

int mm_cow_fault(struct mm_struct *mm, unsigned long addr)
{
	pte_t *pte = pte_lookup(mm->pgd, addr & PAGE_MASK);
	struct page *old;
	unsigned long v;

	if (!pte || !pte_present(*pte) || !(pte_val(*pte) & _PAGE_COW))
		return -EFAULT;
	old = pfn_to_page(pte_pfn(*pte));
	v = (pte_val(*pte) & ~_PAGE_COW) | _PAGE_RW;
	if (old->count > 1) {
		void *copy = alloc_pages(0);

		if (!copy)
			return -ENOMEM;
		memcpy(copy, page_address(old), PAGE_SIZE);
		v = (v & ~PAGE_MASK) | __pa(copy);
		put_page(old);
	}
	set_pte_at(mm, addr & PAGE_MASK, pte, __pte(v));
	flush_tlb_page(mm, addr & PAGE_MASK);
	return 0;
}
