/*
 * Self-tests: page tables, TLB flushes, copy-on-write, the reserved top
 * (suite "paging")
 *
 * The TLB tests remap one fixmap slot from one page to another and check
 * that the new page is seen only because of the flush under test:
 * a page-table write alone may leave the old translation cached (QEMU
 * and real CPUs do), so each flush is exercised for real.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/ktest.h>
#include <linux/ktest_probe.h>
#include <linux/mm.h>
#include <linux/string.h>
#include <asm/fixmap.h>
#include <asm/tlbflush.h>
#include <asm/processor.h>
#include <asm/e820.h>

extern unsigned long reserved_top;

struct two_pages {
	unsigned long *a, *b;
};

static bool two_pages_get(struct two_pages *p)
{
	p->a = alloc_pages(0);
	p->b = alloc_pages(0);
	if (!p->a || !p->b)
		return false;
	p->a[0] = 0xaaaa;
	p->b[0] = 0xbbbb;
	return true;
}

static void two_pages_put(struct two_pages *p)
{
	clear_fixmap(FIX_TEST);
	free_page(p->a);
	free_page(p->b);
}

static volatile unsigned long *test_slot(void)
{
	return (volatile unsigned long *)fix_to_virt(FIX_TEST);
}

static void remap(unsigned long *page, unsigned long flags)
{
	set_pte(pte_lookup(swapper_pg_dir, fix_to_virt(FIX_TEST)),
		__pte(__pa(page) | pgprot_val(PAGE_KERNEL) | flags));
}

/* Does invlpg drop exactly the remapped page's stale translation? */
static void flush_single(struct ktest *t)
{
	struct two_pages p;

	if (!two_pages_get(&p))
		return ktest_fail(t, __FILE__, __LINE__, "no memory");
	set_fixmap(FIX_TEST, __pa(p.a));
	KTEST_EXPECT_EQ(t, *test_slot(), 0xaaaa);
	remap(p.b, 0);
	__flush_tlb_single(fix_to_virt(FIX_TEST));
	KTEST_EXPECT_EQ(t, *test_slot(), 0xbbbb);
	two_pages_put(&p);
}

/* Does a CR3 reload drop non-global translations? */
static void flush_whole(struct ktest *t)
{
	struct two_pages p;

	if (!two_pages_get(&p))
		return ktest_fail(t, __FILE__, __LINE__, "no memory");
	set_fixmap(FIX_TEST, __pa(p.a));
	KTEST_EXPECT_EQ(t, *test_slot(), 0xaaaa);
	remap(p.b, 0);
	__flush_tlb();
	KTEST_EXPECT_EQ(t, *test_slot(), 0xbbbb);
	two_pages_put(&p);
}

/* Does the global flush drop a global translation? */
static void flush_global(struct ktest *t)
{
	struct two_pages p;

	if (!cpu_has(X86_FEATURE_PGE))
		return ktest_skip(t, "no PGE");
	if (!two_pages_get(&p))
		return ktest_fail(t, __FILE__, __LINE__, "no memory");
	remap(p.a, _PAGE_GLOBAL);
	__flush_tlb_single(fix_to_virt(FIX_TEST));
	KTEST_EXPECT_EQ(t, *test_slot(), 0xaaaa);
	remap(p.b, _PAGE_GLOBAL);
	__flush_tlb_global();
	KTEST_EXPECT_EQ(t, *test_slot(), 0xbbbb);
	two_pages_put(&p);
}

/* Is phys mapped at __va(phys), kernel-only, global where there is PGE? */
static void linear_page(struct ktest *t, unsigned long phys)
{
	pte_t *pte = pte_lookup(swapper_pg_dir, (unsigned long)__va(phys));

	if (!pte || !pte_present(*pte))
		return ktest_fail(t, __FILE__, __LINE__,
				  "0x%lx is not mapped at 0x%lx", phys,
				  (unsigned long)__va(phys));
	KTEST_EXPECT_EQ(t, pte_val(*pte) & PAGE_MASK, phys);
	KTEST_EXPECT_EQ(t, !!(pte_val(*pte) & _PAGE_GLOBAL),
			!!cpu_has(X86_FEATURE_PGE));
	KTEST_EXPECT_EQ(t, pte_val(*pte) & _PAGE_USER, 0);
}

/*
 * Is lowmem mapped linearly?  The pages checked come from the memory
 * map, so that any RAM size passes: the first and last page of every
 * usable range below max_low_pfn, and the top page of lowmem.
 */
static void linear_map(struct ktest *t)
{
	struct ram_range r[E820MAX];
	int n = e820_ram_ranges(e820.map, e820.nr_map, r, E820MAX), i;
	unsigned long top = pfn_to_phys(max_low_pfn);

	KTEST_EXPECT(t, n >= 1);
	for (i = 0; i < n; i++) {
		if (r[i].start >= top)
			continue;
		linear_page(t, r[i].start);
		linear_page(t, (r[i].end < top ? r[i].end : top) - PAGE_SIZE);
	}
	linear_page(t, top - PAGE_SIZE);
	/* No identity map of low memory is left. */
	KTEST_EXPECT(t, !pgd_present(swapper_pg_dir[0]));
}

/* Is [4 GiB - reservetop, 4 GiB) left unmapped, and the fixmap below it? */
static void reserved_top_free(struct ktest *t)
{
	unsigned long base = -reserved_top, a;

	KTEST_EXPECT_EQ(t, FIXADDR_TOP, 0xfffff000UL - reserved_top);
	if (!reserved_top)
		return;
	KTEST_EXPECT(t, FIXADDR_TOP + PAGE_SIZE <= base);
	for (a = base; a; a += PGDIR_SIZE)
		KTEST_EXPECT(t, !pgd_present(swapper_pg_dir[pgd_index(a)]));
	KTEST_EXPECT_EQ(t, probe_read(base), 1);
}

/* Do a forked address space's pages separate on the first write? */
static void cow_separates(struct ktest *t)
{
	struct mm_struct *m1 = mm_alloc(), *m2;
	unsigned long addr = 0x10000000;
	pte_t *p1, *p2;

	if (!m1 || mm_map_anon(m1, addr, PAGE_SIZE, true))
		return ktest_fail(t, __FILE__, __LINE__, "no memory");
	m2 = mm_copy(m1);
	KTEST_EXPECT(t, m2 != NULL);
	if (!m2)
		return;
	p1 = pte_lookup(m1->pgd, addr);
	p2 = pte_lookup(m2->pgd, addr);
	KTEST_EXPECT_EQ(t, pte_pfn(*p1), pte_pfn(*p2));
	KTEST_EXPECT_EQ(t, pte_val(*p1) & (_PAGE_RW | _PAGE_COW), _PAGE_COW);
	KTEST_EXPECT_EQ(t, pfn_to_page(pte_pfn(*p1))->count, 2);
	KTEST_EXPECT_EQ(t, mm_cow_fault(m2, addr + 4), 0);
	KTEST_EXPECT_NE(t, pte_pfn(*p1), pte_pfn(*p2));
	KTEST_EXPECT(t, pte_write(*p2));
	/* The last sharer just gets its page back writable. */
	KTEST_EXPECT_EQ(t, mm_cow_fault(m1, addr), 0);
	KTEST_EXPECT(t, pte_write(*p1));
	KTEST_EXPECT_EQ(t, pfn_to_page(pte_pfn(*p1))->count, 1);
	KTEST_EXPECT_EQ(t, mm_cow_fault(m1, addr), -EFAULT);
	mm_release(m2);
	mm_release(m1);
}

/* Does releasing an address space give all its pages back? */
static void mm_release_frees(struct ktest *t)
{
	unsigned long before = nr_free_pages;
	struct mm_struct *mm = mm_alloc();

	if (!mm)
		return ktest_fail(t, __FILE__, __LINE__, "no memory");
	KTEST_EXPECT_EQ(t, mm_map_anon(mm, 0x08048000, 8 * PAGE_SIZE, true), 0);
	KTEST_EXPECT_EQ(t, mm_map_anon(mm, 0x08049000, PAGE_SIZE, true),
			-EINVAL);
	KTEST_EXPECT_EQ(t, mm_protect(mm, 0x08048000, PAGE_SIZE, false), 0);
	KTEST_EXPECT(t, !pte_write(*pte_lookup(mm->pgd, 0x08048000)));
	KTEST_EXPECT_EQ(t, mm_protect(mm, 0x20000000, PAGE_SIZE, false),
			-ENOMEM);
	mm_release(mm);
	KTEST_EXPECT_EQ(t, nr_free_pages, before);
}

static const struct ktest_case paging_cases[] = {
	KTEST_CASE(flush_single),
	KTEST_CASE(flush_whole),
	KTEST_CASE(flush_global),
	KTEST_CASE(linear_map),
	KTEST_CASE(reserved_top_free),
	KTEST_CASE(cow_separates),
	KTEST_CASE(mm_release_frees),
};
KTEST_SUITE(paging, paging_cases);
