/*
 * Hypervisor core: guest memory, by physical and by virtual address
 *
 * Every address a guest hands the host is checked here before the host
 * touches it: gpa_ptr() gives a host pointer only for a range wholly
 * inside guest memory (no wrap-around), and gva_walk() follows the
 * guest's own two-level page tables as the CPU would, with its checks
 * (present, writable, user), setting the accessed and dirty bits.  A
 * page table outside guest memory, or a PTE naming a frame outside it,
 * kills the guest; a missing or forbidden mapping is the guest's page
 * fault, whose error code the walk returns.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/string.h>
#include "guest.h"

void *gpa_ptr(u32 gpa, u32 len)
{
	if (gpa > guest.mem_size || len > guest.mem_size - gpa)
		return NULL;
	return guest.mem + gpa;
}

static u32 *table_entry(u32 table, unsigned int index, const char *what)
{
	u32 *e = gpa_ptr((table & PTE_FRAME) + index * 4, 4);

	if (!e)
		guest_kill("%s at %#x is outside guest memory", what,
			   table & PTE_FRAME);
	return e;
}

/*
 * Translate gva for an access (PF_W for a write, PF_U from user mode).
 * Returns 0 and the guest-physical address, or WALK_FAULT with the
 * error code of the page fault the CPU would raise: PF_P set when a
 * present mapping forbids the access.
 */
int gva_walk(u32 gva, u32 access, u32 *gpa)
{
	u32 *pde, *pte, frame;

	access &= PF_W | PF_U;
	if (gva >= LGUEST_SWITCHER_ADDR)
		return WALK_FAULT | access;	/* the host's, never the guest's */
	if (!guest.paging) {		/* its paging is off: identity */
		if (gva >= guest.mem_size)
			return WALK_FAULT | access;
		*gpa = gva;
		return 0;
	}
	pde = table_entry(guest.cr3, gva >> 22, "the page directory");
	if (!(*pde & PTE_P))
		return WALK_FAULT | access;
	if (*pde & PTE_PSE)
		guest_kill("a 4 MiB page (PSE) maps %#x: not supported", gva);
	pte = table_entry(*pde, (gva >> 12) & 1023, "a page table");
	if (!(*pte & PTE_P))
		return WALK_FAULT | access;
	if ((access & PF_W) && !(*pde & *pte & PTE_RW))
		return WALK_FAULT | access | PF_P;
	if ((access & PF_U) && !(*pde & *pte & PTE_US))
		return WALK_FAULT | access | PF_P;
	frame = *pte & PTE_FRAME;
	if (frame >= guest.mem_size)
		guest_kill("the PTE for %#x maps frame %#x, outside guest "
			   "memory (%#x bytes)", gva, frame, guest.mem_size);
	*pde |= PTE_A;
	*pte |= PTE_A | ((access & PF_W) ? PTE_D : 0);
	*gpa = frame | (gva & ~PTE_FRAME);
	return 0;
}

/* Copies by guest-virtual address, a page at a time; -1 if unmapped. */
static int copy_gva(void *buf, u32 gva, u32 len, u32 access)
{
	u8 *p = buf;
	u32 gpa, n;

	while (len) {
		n = PAGE_SIZE - (gva & (PAGE_SIZE - 1));
		if (n > len)
			n = len;
		if (gva_walk(gva, access, &gpa))
			return -1;
		if (access & PF_W)
			memcpy(guest.mem + gpa, p, n);
		else
			memcpy(p, guest.mem + gpa, n);
		p += n;
		gva += n;
		len -= n;
	}
	return 0;
}

int copy_from_gva(void *dst, u32 gva, u32 len)
{
	return copy_gva(dst, gva, len, 0);
}

int copy_to_gva(u32 gva, const void *src, u32 len)
{
	return copy_gva((void *)src, gva, len, PF_W);
}
