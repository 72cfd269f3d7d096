/*
 * The lhype guest backend: how each call site is patched
 *
 * apply_paravirt() asks lhype_patch() about every site.  The interrupt
 * flag is lguest_data.irq_enabled, so irq_disable and save_fl are one
 * instruction each, inlined from entry.S's templates (a store of 0, 10
 * bytes, fits even entry.S's shortest site; a load into EAX).  Enabling
 * may need a hypercall (the prompt path), so irq_enable and restore_fl
 * become direct calls to entry.S's code, which keeps every register
 * but the argument: over the whole site for irq_enable, in place of the
 * site's call for restore_fl.  Everything else goes to the core's
 * default policy: direct calls (a jump for iret), NOPs for paravirt_nop.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <asm/paravirt.h>
#include <asm/paravirt_patch.h>
#include "lhype.h"

static const struct pv_template templates[] = {
	{ PARAVIRT_PATCH(pv_irq_ops.irq_disable),
	  { start_lhype_irq_disable, end_lhype_irq_disable, NULL,
	    CLBR_NONE, 0, 10 } },
	{ PARAVIRT_PATCH(pv_irq_ops.save_fl),
	  { start_lhype_save_fl, end_lhype_save_fl, NULL,
	    CLBR_EAX, 0, 5 } },
	{ PARAVIRT_PATCH(pv_irq_ops.irq_enable),
	  PV_INSNS_CALL(lhype_irq_enable, CLBR_NONE) },
	{ PARAVIRT_PATCH(pv_irq_ops.restore_fl),
	  PV_INSNS_CALL(lhype_restore_fl, CLBR_EAX) },
};

unsigned int lhype_patch(u8 type, u16 clobbers, void *buf,
			 unsigned long addr, unsigned int len)
{
	return paravirt_patch_templates(templates, ARRAY_SIZE(templates), type,
					clobbers, buf, addr, len);
}
