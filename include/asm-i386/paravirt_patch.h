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
 * prefixes on the template's first instruction (first bytes long), so
 * the site runs as many instructions as the template.  Only for
 * templates whose first instruction is not a branch and ignores a DS
 * prefix (no memory operand, or one DS addresses anyway).  Falls back
 * to paravirt_patch_insns() if the prefixed instruction would pass 15
 * bytes, and with debug poisoning.
 */
unsigned int paravirt_patch_insns_prefixed(void *buf, unsigned int len,
					   const void *start, const void *end,
					   unsigned int first);
/*
 * code, count instructions of lens[i] bytes each, with the rest of the
 * site spread over them as DS prefixes, each instruction kept within 15
 * bytes, so the site runs exactly those instructions.  Only for code
 * that ignores a DS prefix or uses DS or SS (one flat segment in this
 * kernel) for its memory operands.  Falls back as
 * paravirt_patch_insns_prefixed() does.
 */
unsigned int paravirt_patch_insns_spread(void *buf, unsigned int len,
					 const u8 *code, const u8 *lens,
					 unsigned int count);
/*
 * A direct call to target, which clobbers tgt_clobbers.  Registers the
 * site may not change are saved around the call when there is room;
 * otherwise, or if a call does not fit at all, the site is left.
 */
unsigned int paravirt_patch_call(void *buf, const void *target,
				 u16 tgt_clobbers, unsigned long addr,
				 u16 site_clobbers, unsigned int len);
/*
 * A direct call to target in place of the site's own "call *slot"
 * (slot: the table entry the site calls through), everything around it
 * kept: right for every site, which saves what it must itself and may
 * load arguments before the call.  A site without such a call (a thunk
 * site) is left as it is.
 */
unsigned int paravirt_patch_call_in_place(void *buf, const void *target,
					  void **slot, unsigned long addr,
					  unsigned int len);
/* A direct jump (for the ops that are jumped to: iret, sysexit). */
unsigned int paravirt_patch_jmp(void *buf, const void *target,
				unsigned long addr, unsigned int len);
/*
 * The default policy, from the live op tables: a NULL op becomes ud2; an
 * op equal to paravirt_nop becomes NOPs; iret and irq_enable_sysexit a
 * jump; anything else a direct call in place of the indirect one.
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
 * Reading operand and thunk sites back (their shapes are in paravirt.h):
 * the operands of the n arguments, each pushed from a register, memory
 * or as a constant, with where its push is in the site.  Returns 0, or
 * -1 if the site is not so shaped.
 */
struct pv_site_arg {
	u8 kind;		/* PV_ARG_REG, PV_ARG_IMM or PV_ARG_MEM */
	u8 reg;			/* register number, for PV_ARG_REG */
	u8 off, len;		/* its push instruction in the site */
	u32 imm;		/* the constant, for PV_ARG_IMM */
};
#define PV_ARG_REG	1
#define PV_ARG_IMM	2
#define PV_ARG_MEM	3	/* pushl mem (ff /6), never ESP-relative */
int paravirt_site_args(const u8 *site, unsigned int len,
		       struct pv_site_arg *args, unsigned int n);
/*
 * Where a save_fl-shaped site (pushes, call, "movl %eax, r/m" unless
 * the result stays in EAX, pops) leaves its result: a register, or
 * memory, whose operand bytes (ModRM on) are at off, len long.
 * Returns 0, or -1 if the site is not so shaped.
 */
int paravirt_site_result(const u8 *site, unsigned int len,
			 struct pv_site_arg *res);

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
