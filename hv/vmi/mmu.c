/*
 * vmihost: the guest's page tables through VMI's MMU calls
 *
 * After VMI_Init the kernel tells the host of its page-table changes
 * through the ROM: SetPxE (the ROM has stored the entry) and UpdatePxE
 * name the entry by its kernel-virtual address and a level, and, when
 * the change is in the address space we run (CURRENT_AS), the address
 * it maps; AllocatePage and ReleasePage say when a page becomes or
 * stops being a page table or directory.  These drive the core's
 * shadow page tables (hv/core/shadow.c), as lhype's SET_PTE does.
 *
 * A kernel that never makes these calls writes its entries natively,
 * as before VMI_Init, and relies on TLB flushes and CR3 loads: for it
 * every CR3 load and flush empties the shadows.  The first SetPxE or
 * UpdatePxE says the kernel has taken on the VMI contract (every change
 * is told): from then on the shadows are kept across CR3 loads, and
 * flushes have nothing left to do, which the ROM learns from the shared
 * page's MMU_SYNC word and so stops making those calls at all.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <asm-i386/vmi.h>
#include <linux/vmi_host.h>
#include "vmihost.h"

/* Where the kernel's page-table pointer ptep is, guest-physical. */
static u32 ptep_gpa(const char *call, u32 ptep)
{
	u32 off = ptep - vcpu.linear_va, gpa;

	if (off / PAGE_SIZE < vcpu.linear_pages)
		gpa = vcpu.linear_pfn * PAGE_SIZE + off;
	else if (gva_walk(ptep, 0, &gpa))
		gpa = ~0u;
	if (gpa_ptr(gpa & ~3u, 4))
		return gpa;
	guest_kill("VMI %s: the entry at %#x is not in memory", call, ptep);
}

/* The kernel has made its first SetPxE or UpdatePxE. */
static void mmu_sync(void)
{
	if (vcpu.mmu_sync)
		return;
	vcpu.mmu_sync = true;
	shadow_flush(true);	/* what native stores may have left */
	vmihost_publish(VMI_HOST_SHARED_MMU_SYNC, 1);
}

/* An entry at ptep (kernel-virtual) changed, or is new. */
static void entry_changed(const char *call, u32 ptep, u32 flags)
{
	u32 gpa;

	if (flags & (VMI_PAGE_PDP | VMI_PAGE_PML4))
		guest_kill("VMI %s: level %#x: this host has no PAE", call,
			   flags & 0xf);
	gpa = ptep_gpa(call, ptep);
	mmu_sync();
	if (flags & VMI_PAGE_PD)
		shadow_set_pmd(gpa & PTE_FRAME, (gpa & ~PTE_FRAME) / 4);
	else if (flags & VMI_PAGE_CURRENT_AS)
		shadow_set_pte(guest.cr3, flags & VMI_PAGE_VA_MASK,
			       *(u32 *)gpa_ptr(gpa & ~3u, 4));
	else
		shadow_pte_changed(gpa);
}

/* A page becomes, or stops being, a page table or directory. */
static void page_role(const char *call, u32 pfn, u32 flags)
{
	if (pfn >= guest.mem_size / PAGE_SIZE)
		guest_kill("VMI %s: frame %#x is outside guest memory", call,
			   pfn);
	if (flags & VMI_PAGE_PD)
		shadow_forget_pgd(pfn * PAGE_SIZE);
	else
		shadow_forget_pt(pfn * PAGE_SIZE);
}

/* The MMU calls: SetPxE's, UpdatePxE's, ... registers as calls.c's. */
u64 vmihost_mmu_call(u32 call, u32 a, u32 b, u32 c, u32 d)
{
	switch (call) {
	case VMI_CALL_SetPxE:			/* pte, ptep, flags */
		entry_changed("SetPxE", b, c);
		break;
	case VMI_CALL_UpdatePxE:		/* ptep, flags */
		entry_changed("UpdatePxE", a, b);
		break;
	case VMI_CALL_AllocatePage:		/* pfn, flags, clone pfn */
		page_role("AllocatePage", a, b);
		break;
	case VMI_CALL_ReleasePage:		/* pfn, flags */
		page_role("ReleasePage", a, b);
		break;
	case VMI_CALL_InvalPage:		/* va */
		if (!vcpu.mmu_sync)
			shadow_set_pte(guest.cr3, a, 0);
		break;
	case VMI_CALL_FlushTLB:			/* VMI_FLUSH_* */
		/*
		 * The shadow does not keep which entries were global: a
		 * flush of the non-global ones (kernel ones too) drops all.
		 */
		if (!vcpu.mmu_sync)
			shadow_flush(true);
		break;
	case VMI_CALL_SetLinearMapping:		/* slot, va, pages, pfn */
		if (a == 0) {			/* slot 0: low memory */
			vcpu.linear_va = b;
			vcpu.linear_pages = c;
			vcpu.linear_pfn = d;
		}
		break;
	}
	return 0;
}
