/*
 * Paravirt patching helpers: what a backend's patch() is built from
 *
 * pv_init_ops.patch (one per backend, backends/<b>/patch.c) decides how
 * each call site is rewritten and uses these helpers from
 * arch/i386/paravirt/patch.c to do it.  Each writes into the site's
 * buffer and returns how many bytes it used; returning len means "leave
 * the site as it is" (its indirect call still works).  The caller,
 * apply_paravirt(), pads what is left and writes the site in one step.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _ASM_I386_PARAVIRT_PATCH_H
#define _ASM_I386_PARAVIRT_PATCH_H

#include <linux/types.h>
#include <asm/paravirt_types.h>

#define PV_MAX_SITE_LEN	64	/* longest call site the patcher takes */
#define PV_CALL_LEN	5	/* E8 rel32 */

/* The op does nothing here: the whole site becomes a NOP. */
unsigned int paravirt_patch_nop(void);
/* Leave the site untouched. */
unsigned int paravirt_patch_ignore(unsigned int len);
/* Copy the template [start, end) if it fits; else leave the site. */
unsigned int paravirt_patch_insns(void *buf, unsigned int len,
				  const void *start, const void *end);
/*
 * As paravirt_patch_insns(), and fill the rest of the site with segment
 * prefixes on the template's first instruction, so the site runs as
 * many instructions as the template.  Only for templates whose first
 * instruction is not a branch and ignores segment prefixes (no memory
 * operand).  Falls back to paravirt_patch_insns() with debug poisoning.
 */
unsigned int paravirt_patch_insns_prefixed(void *buf, unsigned int len,
					   const void *start, const void *end);
/*
 * A direct call to target, which clobbers tgt_clobbers.  Registers the
 * site may not change are saved around the call when there is room;
 * otherwise, or if a call does not fit at all, the site is left.
 */
unsigned int paravirt_patch_call(void *buf, const void *target,
				 u16 tgt_clobbers, unsigned long addr,
				 u16 site_clobbers, unsigned int len);
/* A direct jump (for the ops that are jumped to: iret, sysexit). */
unsigned int paravirt_patch_jmp(void *buf, const void *target,
				unsigned long addr, unsigned int len);
/*
 * The default policy, from the live op tables: a NULL op becomes ud2; an
 * op equal to paravirt_nop becomes NOPs; iret and irq_enable_sysexit a
 * jump; anything else a direct call to a C function (CLBR_ANY).
 */
unsigned int paravirt_patch_default(u8 type, u16 clobbers, void *buf,
				    unsigned long addr, unsigned int len);

/*
 * Finishes a site after the backend used `used` bytes: with poison,
 * appends "notl reg" for each register the site may clobber that is not
 * a result (CONFIG_DEBUG_PARAVIRT), then fills the rest with NOPs.
 */
void paravirt_pad_site(u8 *buf, unsigned int used, unsigned int len,
		       u16 clobbers, bool poison);

/*
 * The save_fl and restore_fl sites (paravirt.h) hold the flags in a
 * register of the compiler's choice, moved from or to EAX by a
 * "movl %reg, %reg" (89 /r) at a fixed offset: after the three pushes
 * and the call for save_fl, after the three pushes for restore_fl.
 * These return that register's number, or -1 if the site is not shaped
 * so.
 */
#define PV_SAVE_FL_MOV		9	/* push x3, call *abs32 */
#define PV_RESTORE_FL_MOV	3	/* push x3 */
int paravirt_save_fl_reg(const u8 *site, unsigned int len);
int paravirt_restore_fl_reg(const u8 *site, unsigned int len);

/* Does nothing; backends point ops at it so the patcher NOPs them. */
void paravirt_nop(void);

/* Set from CONFIG_DEBUG_PARAVIRT; host tests may flip it. */
extern bool paravirt_debug_poison;
#ifdef CONFIG_DEBUG_PARAVIRT
#define IS_DEBUG_PARAVIRT	true
#else
#define IS_DEBUG_PARAVIRT	false
#endif

#endif /* _ASM_I386_PARAVIRT_PATCH_H */
