/*
 * Virtual Machine Interface (VMI) guest backend: how each site is patched
 *
 * apply_paravirt() asks vmi_patch() about every call site once vmi.c
 * has filled the ops from get_reloc.  As Linux's vmi_patch: the four
 * interrupt-flag sites become direct calls into the ROM, whose entries
 * keep every register but their result (section 4.3 of the
 * reference), so the site's saves and restores go too when they fit;
 * the iret and sysexit sites become a call (CALL_REL: the ROM drops
 * the return address) or a jump (JUMP_REL) to the ROM's entry.  Every
 * other site takes the core's default from the filled tables: a direct
 * call into the ROM, NOPs for NOP, or native's code for NONE.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <asm/paravirt.h>
#include <asm/paravirt_patch.h>
#include "vmi.h"

#define OP(x)	PARAVIRT_PATCH(x)

static const struct {
	u8 op, call;
	u16 clobbers;		/* the ROM's: nothing but the result */
} irq_sites[] = {
	{ OP(pv_irq_ops.irq_disable), VMI_CALL_DisableInterrupts, CLBR_NONE },
	{ OP(pv_irq_ops.irq_enable), VMI_CALL_EnableInterrupts, CLBR_NONE },
	{ OP(pv_irq_ops.restore_fl), VMI_CALL_SetInterruptMask, CLBR_NONE },
	{ OP(pv_irq_ops.save_fl), VMI_CALL_GetInterruptMask, CLBR_EAX },
};

/* E8 or E9 rel32 to the ROM's entry, from where the site really is. */
static unsigned int patch_return(const struct vmi_reloc *r, u8 *buf,
				 unsigned long addr, unsigned int len)
{
	u32 rel = r->eip - (addr + PV_CALL_LEN);

	if (len < PV_CALL_LEN)
		return len;	/* the op, a thunk or the entry, still works */
	buf[0] = r->type == VMI_RELOCATION_CALL_REL ? 0xe8 : 0xe9;
	memcpy(buf + 1, &rel, sizeof(rel));
	return PV_CALL_LEN;
}

unsigned int vmi_patch(u8 type, u16 clobbers, void *buf, unsigned long addr,
		       unsigned int len)
{
	unsigned int i;

	if (type == OP(pv_cpu_ops.iret))
		return patch_return(&vmi_relocs[VMI_CALL_IRET], buf, addr, len);
	if (type == OP(pv_cpu_ops.irq_enable_sysexit))
		return patch_return(&vmi_relocs[VMI_CALL_SYSEXIT], buf, addr,
				    len);
	for (i = 0; i < ARRAY_SIZE(irq_sites); i++) {
		const struct vmi_reloc *r = &vmi_relocs[irq_sites[i].call];
		struct pv_insns p = PV_INSNS_CALL((void *)r->eip,
						  irq_sites[i].clobbers);

		if (irq_sites[i].op == type &&
		    r->type == VMI_RELOCATION_CALL_REL &&
		    paravirt_patch_fits(type, clobbers, buf, len, &p))
			return paravirt_patch_site(type, clobbers, buf, addr,
						   len, &p);
	}
	return paravirt_patch_default(type, clobbers, buf, addr, len);
}
