/*
 * Virtual Machine Interface (VMI) guest backend: page tables, lazy modes
 *
 * After VMI_Init, activate() (vmi.c) calls vmi_mmu_fill(): for each
 * call the ROM gives, the ops below replace the native ones, as Linux
 * 2.6.21's VMI guest does (section 4.5 of the ABI reference).  Every
 * page-table store goes through the ROM's SetPxE, which makes the store
 * and tells the hypervisor; an in-place change (fork's copy-on-write
 * marking) is UpdatePxE after it.  The flags name the level and, for
 * the address space on the CPU (or the kernel's, init_mm), carry
 * CURRENT_AS and the address mapped, so the hypervisor can find the
 * entry in its shadow of the running directory; without it, the
 * hypervisor must find the entry's table itself.  AllocatePage and
 * ReleasePage announce page tables and directories (L2 with CLONE: the
 * kernel half copied from swapper_pg_dir).  SetLazyMode lets the ROM
 * defer the calls of a lazy MMU section (fork's copy) and of the
 * context switch (lazy CPU mode: esp0, CR3, TLS, TS) to one entry into
 * the hypervisor.  The kernel's own tables, built by paging_init, go in
 * one lazy MMU section too, after SetLinearMapping has told the ROM
 * where low memory is mapped.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <asm/paravirt.h>
#include <asm/pgtable.h>
#include <asm/page.h>
#include <asm/irqflags.h>
#include "vmi.h"

#define ROM(call)	vmi_entry(VMI_CALL_##call)
#define HAS(call)	vmi_has(VMI_CALL_##call)

typedef void (*set_pxe_fn)(u32 pte, void *ptep, u32 flags);
typedef void (*update_pxe_fn)(void *ptep, u32 flags);
typedef void (*allocate_page_fn)(u32 pfn, u32 flags, u32 clone_pfn,
				 u32 start, u32 count);
typedef void (*release_page_fn)(u32 pfn, u32 flags);
typedef void (*set_lazy_mode_fn)(u32 mode);
typedef void (*set_linear_mapping_fn)(u32 slot, u32 va, u32 pages,
				      u32 pfn);

static set_pxe_fn rom_set_pxe;
static update_pxe_fn rom_update_pxe;
static set_lazy_mode_fn rom_set_lazy_mode;

/* The flags of a user or kernel PTE change: CURRENT_AS when it is. */
static u32 pte_flags(struct mm_struct *mm, unsigned long addr)
{
	if (mm == active_mm || mm == &init_mm)
		return VMI_PAGE_PT | VMI_PAGE_CURRENT_AS |
		       (addr & VMI_PAGE_VA_MASK);
	return VMI_PAGE_PT;
}

/* The kernel's own mappings: where the entry maps is not known here. */
static void vmi_set_pte(pte_t *ptep, pte_t pte)
{
	rom_set_pxe(pte_val(pte), ptep, VMI_PAGE_PT);
}

static void vmi_set_pte_at(struct mm_struct *mm, unsigned long addr,
			   pte_t *ptep, pte_t pte)
{
	rom_set_pxe(pte_val(pte), ptep, pte_flags(mm, addr));
}

static void vmi_set_pmd(pgd_t *pmdp, pgd_t pmd)
{
	rom_set_pxe(pgd_val(pmd), pmdp, VMI_PAGE_PD);
}

static void vmi_pte_update(struct mm_struct *mm, unsigned long addr,
			   pte_t *ptep)
{
	rom_update_pxe(ptep, pte_flags(mm, addr));
}

static void vmi_pte_update_defer(struct mm_struct *mm, unsigned long addr,
				 pte_t *ptep)
{
	rom_update_pxe(ptep, pte_flags(mm, addr) | VMI_PAGE_DEFER);
}

static void vmi_alloc_pt(unsigned long pfn)
{
	((allocate_page_fn)ROM(AllocatePage))(pfn, VMI_PAGE_L1, 0, 0, 0);
}

static void vmi_alloc_pd(unsigned long pfn, unsigned long clone_pfn,
			 unsigned long start, unsigned long count)
{
	((allocate_page_fn)ROM(AllocatePage))(pfn,
					      VMI_PAGE_L2 | VMI_PAGE_CLONE,
					      clone_pfn, start, count);
}

static void vmi_release_pt(unsigned long pfn)
{
	((release_page_fn)ROM(ReleasePage))(pfn, VMI_PAGE_L1);
}

static void vmi_release_pd(unsigned long pfn)
{
	((release_page_fn)ROM(ReleasePage))(pfn, VMI_PAGE_L2);
}

/* --- lazy modes -------------------------------------------------------- */

/*
 * The ROM's mode follows the core's (lazy.c), which the context switch
 * reads: both change with interrupts off, or a preemption between
 * them would leave the ROM queueing for a task no longer lazy.
 */
static void vmi_lazy_mmu_enter(void)
{
	unsigned long flags;

	local_irq_save(flags);
	paravirt_enter_lazy(PARAVIRT_LAZY_MMU);
	rom_set_lazy_mode(VMI_LAZY_MMU);
	local_irq_restore(flags);
}

/* SetLazyMode(NONE) runs what the ROM queued. */
static void vmi_lazy_mmu_leave(void)
{
	unsigned long flags;

	local_irq_save(flags);
	paravirt_leave_lazy(PARAVIRT_LAZY_MMU);
	rom_set_lazy_mode(VMI_LAZY_NONE);
	local_irq_restore(flags);
}

static void vmi_start_context_switch(struct task_struct *prev)
{
	paravirt_lazy_switch_start(prev);
	rom_set_lazy_mode(VMI_LAZY_CPU);
}

static void vmi_end_context_switch(struct task_struct *next)
{
	rom_set_lazy_mode(VMI_LAZY_NONE);
	paravirt_lazy_switch_end(next);
}

/*
 * paging_init: the ROM learns where low memory is mapped (slot 0, as
 * Linux's VMI guest tells it at bring-up, once max_low_pfn is known),
 * and the kernel's tables are built in one lazy MMU section.
 */
static void vmi_pagetable_setup_start(pgd_t *base)
{
	(void)base;
	if (HAS(SetLinearMapping))
		((set_linear_mapping_fn)ROM(SetLinearMapping))(0, PAGE_OFFSET,
							       max_low_pfn, 0);
	if (rom_set_lazy_mode)
		pv_mmu_ops.lazy_mode.enter();
}

static void vmi_pagetable_setup_done(pgd_t *base)
{
	(void)base;
	if (rom_set_lazy_mode)
		pv_mmu_ops.lazy_mode.leave();
}

/* Are the page tables on the ROM's calls? (The vmi ktest suite asks.) */
bool vmi_mmu_calls(void)
{
	return rom_set_pxe != NULL;
}

/*
 * After a good VMI_Init and get_reloc: each op whose call the ROM has.
 * SetPxE covers every store (set_pte, set_pte_at, set_pmd, pte_clear);
 * without it the stores stay native and so do the notices.
 */
void __init vmi_mmu_fill(void)
{
	if (HAS(SetPxE)) {
		rom_set_pxe = ROM(SetPxE);
		pv_mmu_ops.set_pte = vmi_set_pte;
		pv_mmu_ops.set_pte_at = vmi_set_pte_at;
		pv_mmu_ops.set_pmd = vmi_set_pmd;
		if (HAS(UpdatePxE)) {
			rom_update_pxe = ROM(UpdatePxE);
			pv_mmu_ops.pte_update = vmi_pte_update;
			pv_mmu_ops.pte_update_defer = vmi_pte_update_defer;
		}
		if (HAS(AllocatePage)) {
			pv_mmu_ops.alloc_pt = vmi_alloc_pt;
			pv_mmu_ops.alloc_pd = vmi_alloc_pd;
		}
		if (HAS(ReleasePage)) {
			pv_mmu_ops.release_pt = vmi_release_pt;
			pv_mmu_ops.release_pd = vmi_release_pd;
		}
	}
	if (HAS(SetLazyMode)) {
		rom_set_lazy_mode = ROM(SetLazyMode);
		pv_mmu_ops.lazy_mode.enter = vmi_lazy_mmu_enter;
		pv_mmu_ops.lazy_mode.leave = vmi_lazy_mmu_leave;
		pv_cpu_ops.start_context_switch = vmi_start_context_switch;
		pv_cpu_ops.end_context_switch = vmi_end_context_switch;
	}
	pv_mmu_ops.pagetable_setup_start = vmi_pagetable_setup_start;
	pv_mmu_ops.pagetable_setup_done = vmi_pagetable_setup_done;
}
