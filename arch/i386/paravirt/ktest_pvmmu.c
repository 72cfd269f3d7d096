/*
 * Self-tests: what the page-table hooks tell a shadow MMU (suite "pvmmu")
 *
 * A hypervisor that shadows page tables (lhype after lguest, VMI) needs
 * every change to a user PTE with its address space and address, the
 * page-table pages announced when they start and stop being ones, and
 * the clone range of a new page directory (Documentation/paravirt/
 * adding-a-backend.txt).  Each case puts recording ops into pv_mmu_ops
 * around the kernel code that must call them (exec's segment mapping,
 * mm_alloc(), mm_release()) and checks what they saw and when.  The
 * sites reach those ops only unpatched (nopvpatch, tests/boot/
 * pvnopatch.t); patched on native they are NOPs or stores, and the
 * cases skip.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/ktest.h>
#include <linux/mm.h>
#include <linux/elf.h>
#include <linux/exec.h>
#include <linux/string.h>
#include <asm/paravirt.h>
#include <asm/paravirt_backend.h>
#include <asm/pgtable.h>
#include <asm/irqflags.h>
#include <asm/system.h>

#define SKIP_PATCHED	"patched: the page-table hooks are native code"

static struct pv_mmu_ops saved_mmu;

static struct {
	unsigned int set_pte, set_pte_at;
	struct mm_struct *mm;		/* the last set_pte_at's */
	unsigned long addr;
	pte_t *ptep;
	unsigned long val;
} rec;

static void rec_set_pte(pte_t *ptep, pte_t pte)
{
	rec.set_pte++;
	(saved_mmu.set_pte)(ptep, pte);	/* not the macro */
}

static void rec_set_pte_at(struct mm_struct *mm, unsigned long addr,
			   pte_t *ptep, pte_t pte)
{
	rec.set_pte_at++;
	rec.mm = mm;
	rec.addr = addr;
	rec.ptep = ptep;
	rec.val = pte_val(pte);
	(saved_mmu.set_pte_at)(mm, addr, ptep, pte);
}

/* Interrupts off: the recording ops see only what the case does. */
static void rec_install(const struct pv_mmu_ops *ops)
{
	memset(&rec, 0, sizeof(rec));
	saved_mmu = pv_mmu_ops;
	pv_mmu_ops = *ops;
}

static void rec_uninstall(void)
{
	pv_mmu_ops = saved_mmu;
}

/*
 * Does exec make a page it shares between two segments writable with
 * set_pte_at, so a shadow MMU learns the address space and address?
 * Two segments in one page, the second writable: a shadow MMU keyed
 * by (CR3, address) cannot act on a bare set_pte.
 */
static void exec_shared_page_at(struct ktest *t)
{
	static const u8 image[16];
	struct elf32_phdr text = {
		.p_type = PT_LOAD, .p_vaddr = 0x08048000, .p_memsz = 0x100,
		.p_flags = PF_R,
	};
	struct elf32_phdr data = {
		.p_type = PT_LOAD, .p_vaddr = 0x08048800, .p_memsz = 0x100,
		.p_flags = PF_R | PF_W,
	};
	struct pv_mmu_ops ops = pv_mmu_ops;
	struct mm_struct *mm;
	unsigned long flags;
	int e1, e2;

	if (paravirt_patched)
		return ktest_skip(t, SKIP_PATCHED);
	mm = mm_alloc();
	if (!mm)
		return ktest_fail(t, __FILE__, __LINE__, "mm_alloc failed");
	ops.set_pte = rec_set_pte;
	ops.set_pte_at = rec_set_pte_at;
	local_irq_save(flags);
	rec_install(&ops);
	e1 = exec_map_segment(mm, image, &text);
	e2 = exec_map_segment(mm, image, &data);
	rec_uninstall();
	local_irq_restore(flags);
	KTEST_EXPECT_EQ(t, e1, 0);
	KTEST_EXPECT_EQ(t, e2, 0);
	KTEST_EXPECT_EQ(t, rec.set_pte, 0);
	KTEST_EXPECT_EQ(t, rec.set_pte_at, 2);	/* mapped, then RW */
	KTEST_EXPECT(t, rec.mm == mm);
	KTEST_EXPECT_EQ(t, rec.addr, 0x08048000);
	KTEST_EXPECT(t, rec.ptep == pte_lookup(mm->pgd, 0x08048000));
	KTEST_EXPECT(t, rec.val & _PAGE_RW);
	mm_release(mm);
}

/* What the release notices saw: but for the calls, broken promises. */
static struct {
	pgd_t *pgd;			/* the directory being torn down */
	unsigned long pd_pfn, pt_pfn[2];
	unsigned int pts, pds;		/* calls */
	unsigned int unknown;		/* a page not one of ours */
	unsigned int linked;		/* a PDE still points at it */
	unsigned int freed;		/* the page was free already */
	unsigned int lazy;		/* inside a lazy mode */
	unsigned int early;		/* release_pd before the tables */
	unsigned int loaded;		/* the directory still in CR3 */
} rel;

static bool user_pde_present(unsigned long pfn, bool any)
{
	unsigned int i;

	for (i = 0; i < USER_PGD_PTRS; i++)
		if (pgd_present(rel.pgd[i]) &&
		    (any || pgd_val(rel.pgd[i]) >> PAGE_SHIFT == pfn))
			return true;
	return false;
}

static void rec_release_pt(unsigned long pfn)
{
	rel.pts++;
	rel.unknown += pfn != rel.pt_pfn[0] && pfn != rel.pt_pfn[1];
	rel.linked += user_pde_present(pfn, false);
	rel.freed += !pfn_to_page(pfn)->count;
	rel.lazy += paravirt_get_lazy_mode() != PARAVIRT_LAZY_NONE;
	rel.loaded += read_cr3() >> PAGE_SHIFT == rel.pd_pfn;
}

static void rec_release_pd(unsigned long pfn)
{
	rel.pds++;
	rel.unknown += pfn != rel.pd_pfn;
	rel.early += rel.pts != 2;
	rel.linked += user_pde_present(0, true);
	rel.freed += !pfn_to_page(pfn)->count;
	rel.lazy += paravirt_get_lazy_mode() != PARAVIRT_LAZY_NONE;
	rel.loaded += read_cr3() >> PAGE_SHIFT == pfn;
}

/*
 * Are the page tables and the directory of an address space announced
 * at teardown after nothing points at them any more, the directory last
 * and off the CPU, and before they are freed?  The address space is
 * the one in CR3 when mm_release() starts, with two page tables.
 */
static void release_after_unlink(struct ktest *t)
{
	struct pv_mmu_ops ops = pv_mmu_ops;
	struct mm_struct *mm, *prev = active_mm;
	unsigned long flags;

	if (paravirt_patched)
		return ktest_skip(t, SKIP_PATCHED);
	mm = mm_alloc();
	if (!mm)
		return ktest_fail(t, __FILE__, __LINE__, "mm_alloc failed");
	memset(&rel, 0, sizeof(rel));
	KTEST_EXPECT_EQ(t, mm_map_anon(mm, 0x08048000, PAGE_SIZE, true), 0);
	KTEST_EXPECT_EQ(t, mm_map_anon(mm, 0x10000000, PAGE_SIZE, true), 0);
	rel.pgd = mm->pgd;
	rel.pd_pfn = __pa(mm->pgd) >> PAGE_SHIFT;
	rel.pt_pfn[0] = pgd_val(mm->pgd[pgd_index(0x08048000)]) >> PAGE_SHIFT;
	rel.pt_pfn[1] = pgd_val(mm->pgd[pgd_index(0x10000000)]) >> PAGE_SHIFT;
	ops.release_pt = rec_release_pt;
	ops.release_pd = rec_release_pd;
	local_irq_save(flags);
	switch_mm(prev, mm);
	rec_install(&ops);
	mm_release(mm);
	rec_uninstall();
	switch_mm(active_mm, prev);
	local_irq_restore(flags);
	KTEST_EXPECT_EQ(t, rel.pts, 2);
	KTEST_EXPECT_EQ(t, rel.pds, 1);
	KTEST_EXPECT_EQ(t, rel.unknown, 0);
	KTEST_EXPECT_EQ(t, rel.linked, 0);
	KTEST_EXPECT_EQ(t, rel.freed, 0);
	KTEST_EXPECT_EQ(t, rel.lazy, 0);
	KTEST_EXPECT_EQ(t, rel.early, 0);
	KTEST_EXPECT_EQ(t, rel.loaded, 0);
	/* Freed once announced. */
	KTEST_EXPECT_EQ(t, pfn_to_page(rel.pt_pfn[0])->count, 0);
	KTEST_EXPECT_EQ(t, pfn_to_page(rel.pd_pfn)->count, 0);
}

static struct {
	unsigned int calls;
	unsigned long pfn, clone_pfn, start, count;
	bool cloned, user_zero;		/* the directory at the call */
} apd;

static void rec_alloc_pd(unsigned long pfn, unsigned long clone_pfn,
			 unsigned long start, unsigned long count)
{
	pgd_t *pgd = __va(pfn << PAGE_SHIFT);
	unsigned int i;

	apd.calls++;
	apd.pfn = pfn;
	apd.clone_pfn = clone_pfn;
	apd.start = start;
	apd.count = count;
	apd.cloned = !memcmp(pgd + 768, swapper_pg_dir + 768,
			     256 * sizeof(pgd_t));
	apd.user_zero = true;
	for (i = 0; i < 768; i++)
		if (pgd_val(pgd[i]))
			apd.user_zero = false;
}

/*
 * Does a new directory come with the range cloned from the kernel's,
 * and only once that range is copied?  VMI's AllocatePage wants CLONE
 * from swapper_pg_dir with start 768 and count 256 (the 3 GiB split).
 */
static void alloc_pd_clone_range(struct ktest *t)
{
	struct pv_mmu_ops ops = pv_mmu_ops;
	struct mm_struct *mm;
	unsigned long flags;

	if (paravirt_patched)
		return ktest_skip(t, SKIP_PATCHED);
	memset(&apd, 0, sizeof(apd));
	ops.alloc_pd = rec_alloc_pd;
	local_irq_save(flags);
	rec_install(&ops);
	mm = mm_alloc();
	rec_uninstall();
	local_irq_restore(flags);
	if (!mm)
		return ktest_fail(t, __FILE__, __LINE__, "mm_alloc failed");
	KTEST_EXPECT_EQ(t, apd.calls, 1);
	KTEST_EXPECT_EQ(t, apd.pfn, __pa(mm->pgd) >> PAGE_SHIFT);
	KTEST_EXPECT_EQ(t, apd.clone_pfn, __pa(swapper_pg_dir) >> PAGE_SHIFT);
	KTEST_EXPECT_EQ(t, apd.start, 768);
	KTEST_EXPECT_EQ(t, apd.count, 256);
	KTEST_EXPECT(t, apd.cloned);
	KTEST_EXPECT(t, apd.user_zero);
	mm_release(mm);
}

#define RING_SIZE	64
#define COPY_PAGES	8

/* A batching backend's queue, as lguest's hypercall ring is one. */
static struct {
	struct {
		struct mm_struct *mm;
		unsigned long addr, val;
		pte_t *ptep;
	} slot[RING_SIZE];
	unsigned int n;			/* queued, not yet applied */
	unsigned int applied, stale;	/* at leave: as queued, or not */
	unsigned int unbatched;		/* came outside lazy MMU mode */
	unsigned int overflow;
} ring;

static void ring_pte_update(struct mm_struct *mm, unsigned long addr,
			    pte_t *ptep)
{
	if (paravirt_get_lazy_mode() != PARAVIRT_LAZY_MMU) {
		ring.unbatched++;
		return;
	}
	if (ring.n == RING_SIZE) {
		ring.overflow++;
		return;
	}
	ring.slot[ring.n].mm = mm;
	ring.slot[ring.n].addr = addr;
	ring.slot[ring.n].ptep = ptep;
	ring.slot[ring.n].val = pte_val(*ptep);
	ring.n++;
}

static void ring_enter(void)
{
	paravirt_enter_lazy(PARAVIRT_LAZY_MMU);
}

/* Applies the queue: each entry must still hold what was queued. */
static void ring_leave(void)
{
	unsigned int i;

	for (i = 0; i < ring.n; i++) {
		if (pte_val(*ring.slot[i].ptep) == ring.slot[i].val &&
		    ring.slot[i].ptep == pte_lookup(ring.slot[i].mm->pgd,
						    ring.slot[i].addr))
			ring.applied++;
		else
			ring.stale++;
	}
	ring.n = 0;
	paravirt_leave_lazy(PARAVIRT_LAZY_MMU);
}

/*
 * Can a pte_update that queues its work, as lguest's does in its
 * hypercall ring, batch fork's copy-on-write changes?  Its sites are no
 * compiler barrier, but they are ordered after the store to the entry
 * and the op's own memory is the backend's: at leave, each queued entry
 * must hold what was queued, one per writable page, none outside the
 * lazy MMU section.
 */
static void pte_update_batched(struct ktest *t)
{
	struct pv_mmu_ops ops = pv_mmu_ops;
	struct mm_struct *mm, *copy;
	unsigned long flags;
	unsigned int i;

	if (paravirt_patched)
		return ktest_skip(t, SKIP_PATCHED);
	mm = mm_alloc();
	if (!mm)
		return ktest_fail(t, __FILE__, __LINE__, "mm_alloc failed");
	KTEST_EXPECT_EQ(t, mm_map_anon(mm, 0x08048000, COPY_PAGES * PAGE_SIZE,
				       true), 0);
	memset(&ring, 0, sizeof(ring));
	ops.pte_update = ring_pte_update;
	ops.lazy_mode.enter = ring_enter;
	ops.lazy_mode.leave = ring_leave;
	local_irq_save(flags);
	rec_install(&ops);
	copy = mm_copy(mm);
	rec_uninstall();
	local_irq_restore(flags);
	KTEST_EXPECT(t, copy != NULL);
	KTEST_EXPECT_EQ(t, ring.applied, COPY_PAGES);
	KTEST_EXPECT_EQ(t, ring.stale, 0);
	KTEST_EXPECT_EQ(t, ring.unbatched, 0);
	KTEST_EXPECT_EQ(t, ring.overflow, 0);
	KTEST_EXPECT_EQ(t, ring.n, 0);
	for (i = 0; i < ring.applied && i < COPY_PAGES; i++) {
		KTEST_EXPECT(t, ring.slot[i].mm == mm);
		KTEST_EXPECT_EQ(t, ring.slot[i].addr,
				0x08048000 + i * PAGE_SIZE);
		KTEST_EXPECT_EQ(t, ring.slot[i].val & (_PAGE_RW | _PAGE_COW),
				_PAGE_COW);
	}
	KTEST_EXPECT_EQ(t, paravirt_get_lazy_mode(), PARAVIRT_LAZY_NONE);
	if (copy)
		mm_release(copy);
	mm_release(mm);
}

static const struct ktest_case pvmmu_cases[] = {
	KTEST_CASE(exec_shared_page_at),
	KTEST_CASE(release_after_unlink),
	KTEST_CASE(alloc_pd_clone_range),
	KTEST_CASE(pte_update_batched),
};
KTEST_SUITE(pvmmu, pvmmu_cases);
