/*
 * The lhype guest backend: the async hypercall ring and the MMU ops
 *
 * The host shadows our page tables (lguest 2.6.23, §5.9 of the ABI
 * reference): it fills its shadow from ours on faults, and we tell it
 * about every change it may have shadowed already.  A user PTE goes
 * with its directory and address (SET_PTE), a directory entry with its
 * directory and index (SET_PMD), a new CR3 is NEW_PGTABLE, and a kernel
 * mapping changed in place flushes every shadow (FLUSH_TLB(1)) once
 * paging_init's CR3 is in.  Inside a lazy mode (fork's copy, the
 * context switch) those calls wait in the async ring of lguest_data,
 * which the host runs before it resumes us or takes any hypercall; the
 * leave makes one FLUSH_ASYNC if anything waits.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <asm/paravirt.h>
#include <asm/paravirt_patch.h>
#include <asm/pgtable.h>
#include <asm/irqflags.h>
#include <asm/system.h>
#include "lhype.h"

#define NOP(type)	((type)paravirt_nop)

unsigned long lhype_cr3;		/* the last NEW_PGTABLE */
static bool cr3_loaded;			/* paging_init's CR3 is in */
static unsigned int next_slot;		/* ours in the ring */
static bool queued;			/* calls wait in the ring */
/*
 * The last SET_PTE, while nothing else changed the MMU: its shadow
 * entry is gone already, so a flush of that page right after (every
 * PTE change in mm/memory.c is followed by one) needs no hypercall.
 */
static unsigned long synced_pgd, synced_va = ~0UL;

/*
 * Outside a lazy mode, a hypercall.  Inside, the next slot of the ring;
 * a slot still in use means the ring is full, and a synchronous call
 * makes the host run it first.
 */
void lhype_async_hcall(u32 call, u32 a1, u32 a2, u32 a3)
{
	unsigned long flags;

	if (paravirt_get_lazy_mode() == PARAVIRT_LAZY_NONE) {
		lhype_hcall(call, a1, a2, a3);
		return;
	}
	local_irq_save(flags);
	if (lguest_data.hcall_status[next_slot] != LHCALL_SLOT_FREE) {
		lhype_hcall(call, a1, a2, a3);
	} else {
		struct hcall_args *h = &lguest_data.hcalls[next_slot];

		h->eax = call;
		h->edx = a1;
		h->ebx = a2;
		h->ecx = a3;
		wmb();		/* the arguments before the status */
		lguest_data.hcall_status[next_slot] = LHCALL_SLOT_PENDING;
		next_slot = (next_slot + 1) % LHCALL_RING_SIZE;
		queued = true;
	}
	local_irq_restore(flags);
}

/* Has the host run what we queued?  Make it, if not. */
void lhype_flush_async(void)
{
	if (!queued)
		return;
	queued = false;
	lhype_hcall(LHCALL_FLUSH_ASYNC, 0, 0, 0);
}

void lhype_lazy_enter(void)
{
	paravirt_enter_lazy(PARAVIRT_LAZY_MMU);
}

void lhype_lazy_leave(void)
{
	lhype_flush_async();
	paravirt_leave_lazy(PARAVIRT_LAZY_MMU);
}

static unsigned long lhype_read_cr2(void)
{
	return lguest_data.cr2;
}

static unsigned long lhype_read_cr3(void)
{
	return lhype_cr3;
}

static void lhype_write_cr3(unsigned long v)
{
	synced_va = ~0UL;
	lhype_cr3 = v;
	cr3_loaded = true;
	lhype_async_hcall(LHCALL_NEW_PGTABLE, v, 0, 0);
}

static void lhype_flush_tlb_user(void)
{
	synced_va = ~0UL;
	lhype_async_hcall(LHCALL_FLUSH_TLB, 0, 0, 0);
}

static void lhype_flush_tlb_kernel(void)
{
	synced_va = ~0UL;
	lhype_async_hcall(LHCALL_FLUSH_TLB, 1, 0, 0);
}

/* A PTE of 0 for addr in the current directory drops its shadow. */
static void lhype_flush_tlb_single(unsigned long addr)
{
	if ((addr & PAGE_MASK) == synced_va && synced_pgd == lhype_cr3) {
		synced_va = ~0UL;
		return;
	}
	synced_va = ~0UL;
	lhype_async_hcall(LHCALL_SET_PTE, lhype_cr3, addr & PAGE_MASK, 0);
}

/*
 * The kernel's own mappings: we do not know the address, so once the
 * host shadows swapper_pg_dir every shadow goes (as 2.6.23 does; these
 * are paging_init's, before that, and the fixmap's, rare).
 */
static void lhype_set_pte(pte_t *ptep, pte_t pte)
{
	synced_va = ~0UL;
	*ptep = pte;
	if (cr3_loaded)
		lhype_async_hcall(LHCALL_FLUSH_TLB, 1, 0, 0);
}

static void lhype_set_pte_at(struct mm_struct *mm, unsigned long addr,
			     pte_t *ptep, pte_t pte)
{
	*ptep = pte;
	lhype_async_hcall(LHCALL_SET_PTE, __pa(mm->pgd), addr & PAGE_MASK,
			  pte_val(pte));
	synced_pgd = __pa(mm->pgd);
	synced_va = addr & PAGE_MASK;
}

static void lhype_set_pmd(pgd_t *pmdp, pgd_t pmd)
{
	unsigned long pa = __pa(pmdp);

	synced_va = ~0UL;
	*pmdp = pmd;
	lhype_async_hcall(LHCALL_SET_PMD, pa & PAGE_MASK,
			  (pa & ~PAGE_MASK) / sizeof(pgd_t), 0);
}

/*
 * A present user PTE changed in place (fork marks both sides
 * copy-on-write): the host's shadow must lose its write access.  Only
 * the ring and lguest_data are written (the hook's contract).
 */
static void lhype_pte_update(struct mm_struct *mm, unsigned long addr,
			     pte_t *ptep)
{
	lhype_async_hcall(LHCALL_SET_PTE, __pa(mm->pgd), addr & PAGE_MASK,
			  pte_val(*ptep));
	synced_pgd = __pa(mm->pgd);
	synced_va = addr & PAGE_MASK;
}

const struct pv_mmu_ops lhype_mmu_ops = {
	.pagetable_setup_start = NOP(void (*)(pgd_t *)),
	.pagetable_setup_done = NOP(void (*)(pgd_t *)),
	.read_cr2 = lhype_read_cr2,
	.write_cr2 = NOP(void (*)(unsigned long)),
	.read_cr3 = lhype_read_cr3,
	.write_cr3 = lhype_write_cr3,
	.flush_tlb_user = lhype_flush_tlb_user,
	.flush_tlb_kernel = lhype_flush_tlb_kernel,
	.flush_tlb_single = lhype_flush_tlb_single,
	/*
	 * The host learns of page tables through SET_PMD and of
	 * directories through NEW_PGTABLE; at teardown each user PDE is
	 * cleared through set_pmd first, which empties the user half of a
	 * shadow the host keeps for the directory, so nothing stale comes
	 * back when the page is a directory again.
	 */
	.alloc_pt = NOP(void (*)(unsigned long)),
	.release_pt = NOP(void (*)(unsigned long)),
	.alloc_pd = NOP(void (*)(unsigned long, unsigned long, unsigned long,
				 unsigned long)),
	.release_pd = NOP(void (*)(unsigned long)),
	.set_pte = lhype_set_pte,
	.set_pte_at = lhype_set_pte_at,
	.set_pmd = lhype_set_pmd,
	.pte_update = lhype_pte_update,
	.pte_update_defer = lhype_pte_update,
	.lazy_mode = {
		.enter = lhype_lazy_enter,
		.leave = lhype_lazy_leave,
	},
};
