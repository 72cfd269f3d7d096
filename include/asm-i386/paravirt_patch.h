/*
 * Paravirt patching helpers: what a backend's patch() is built from
 *
 * pv_init_ops.patch (one per backend, backends/<b>/patch.c) decides what
 * goes in each call site and uses these helpers from
 * arch/i386/paravirt/patch.c and sites.c to put it there.  The core knows
 * every site's shape (a table per op: where its arguments are, where its
 * result goes, where its call is), so a backend only says what it wants
 * in the site, a template or a call, and paravirt_patch_site() places it
 * without breaking the site, or leaves the site.  Each helper writes into
 * the site's buffer and returns how many bytes it used; returning len
 * means "leave the site as it is" (its indirect call still works) or
 * "used all of it".  The caller, apply_paravirt(), pads what is left and
 * writes the site in one step.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _ASM_I386_PARAVIRT_PATCH_H
#define _ASM_I386_PARAVIRT_PATCH_H

#include <linux/types.h>
#include <asm/paravirt_types.h>

#define PV_MAX_SITE_LEN	64	/* longest call site the patcher takes */
#define PV_CALL_LEN	5	/* E8 rel32 */

/*
 * What each op's sites look like (arch/i386/paravirt/sites.c): the
 * shapes of asm/paravirt.h and asm/paravirt_asm.h.
 */
#define PV_SHAPE_NONE		0	/* no site: the op is called directly */
#define PV_SHAPE_REGS		1	/* arguments in EAX, EDX, ECX (a 4th
					 * pushed before the site): [saves]
					 * [%cs:] call *slot [restores] [NOP] */
#define PV_SHAPE_OPERANDS	2	/* saves, pushes of the arguments, pops
					 * into EAX, EDX, ECX, call *slot,
					 * restores [, jmp over room] */
#define PV_SHAPE_SAVE_FL	3	/* [saves] call *slot [movl %eax,
					 * place] [restores] */
#define PV_SHAPE_THUNK		4	/* pushes of the arguments, call to
					 * the op's thunk */
#define PV_SHAPE_JMP		5	/* jmp *%cs:slot (iret, sysexit) */

struct pv_op_info {
	u8 shape;		/* PV_SHAPE_* */
	u8 nargs;		/* the first three in EAX, EDX, ECX at the op */
	u8 result;		/* CLBR_*: the op's result, EAX or EDX:EAX */
};
/* The op's entry; shape PV_SHAPE_NONE for an op without sites. */
const struct pv_op_info *paravirt_op_info(u8 type);
/* CLBR_* of the registers the op takes its arguments in. */
u8 paravirt_arg_regs(const struct pv_op_info *op);
/* The table slot a site of this type calls through; NULL if unknown. */
void **paravirt_op_slot(u8 type);

/*
 * Operands read back from a site: each argument pushed from a register,
 * memory or as a constant, with where its push is in the site; or, for
 * save_fl, where the site puts its result.
 */
struct pv_site_arg {
	u8 kind;		/* PV_ARG_REG, PV_ARG_IMM or PV_ARG_MEM */
	u8 reg;			/* register number, for PV_ARG_REG */
	u8 off, len;		/* its push instruction in the site, or for
				 * a result in memory its ModRM on */
	u32 imm;		/* the constant, for PV_ARG_IMM */
};
#define PV_ARG_REG	1
#define PV_ARG_IMM	2
#define PV_ARG_MEM	3	/* pushl mem (ff /6), never ESP-relative */

/* One site read against its op's entry. */
struct pv_site {
	const struct pv_op_info *op;
	u8 call_off, call_len;	/* its "call *slot", prefix included; len 0
				 * if it has none (thunk and jmp sites) */
	u8 args_at_start;	/* CLBR_*: registers that hold the op's
				 * arguments where the site starts */
	struct pv_site_arg result;	/* save_fl: where the result goes */
};
/* Returns 0, or -1 if the site is not shaped as its op's sites are. */
int paravirt_site_decode(u8 type, const u8 *site, unsigned int len,
			 struct pv_site *s);
/* An operand or thunk site's n arguments; 0, or -1 if not so shaped. */
int paravirt_site_args(const u8 *site, unsigned int len,
		       struct pv_site_arg *args, unsigned int n);
/* Where a save_fl site leaves its result; 0, or -1 if not so shaped. */
int paravirt_site_result(const u8 *site, unsigned int len,
			 struct pv_site_arg *res);

/*
 * What a backend puts in a site: a template, or (start NULL) a direct
 * call to target, a jump at a jmp site.  Either behaves as the op
 * called with the kernel's convention: arguments in EAX, EDX, ECX,
 * the result in EAX or EDX:EAX.  clobbers: the registers it changes,
 * its result included (a C function: CLBR_ANY; a VMI ROM irq call:
 * only its result).  inputs: the argument registers it reads (a call
 * reads them all: CLBR_ANY).  first: the length of its first
 * instruction if that takes DS prefixes (no branch; no memory operand,
 * or one DS or SS addresses, one flat segment here), else 0.
 */
struct pv_insns {
	const u8 *start, *end;
	const void *target;
	u16 clobbers;
	u8 inputs;
	u8 first;
};
#define PV_INSNS_CALL(tgt, clbr)					\
	{ .target = (tgt), .clobbers = (clbr), .inputs = CLBR_ANY,	\
	  .first = PV_CALL_LEN }

/*
 * Where it can go (paravirt_patch_fits):
 *   PV_PLACE_SITE  the whole site: the arguments it reads are in their
 *                  registers when the site starts, it changes nothing
 *                  the site must keep, its result is where the site
 *                  wants it, and it fits.  Padded with DS prefixes on
 *                  its first instruction if it takes them, else NOPs.
 *   PV_PLACE_CALL  in place of the site's own call, everything around
 *                  it kept (saves, arguments loaded, result moved): for
 *                  code no longer than that call (6 bytes, 7 in entry.S).
 *   PV_PLACE_NONE  neither: the site stays as it is.  Thunk sites only
 *                  take code that reads no argument, as a whole; a call
 *                  there stays the thunk's, through the op's slot.
 */
#define PV_PLACE_NONE	0
#define PV_PLACE_SITE	1
#define PV_PLACE_CALL	2
int paravirt_patch_fits(u8 type, u16 clobbers, const u8 *site,
			unsigned int len, const struct pv_insns *p);
/*
 * Puts p where paravirt_patch_fits() says; returns the bytes used (len
 * when the site is left, or when p is inside it).
 */
unsigned int paravirt_patch_site(u8 type, u16 clobbers, void *buf,
				 unsigned long addr, unsigned int len,
				 const struct pv_insns *p);
/*
 * The default policy, from the live op tables: a NULL op becomes ud2; an
 * op equal to paravirt_nop (without a result) becomes NOPs; anything
 * else a direct call (a jump at iret and sysexit) by
 * paravirt_patch_site(), as a C function that clobbers CLBR_ANY.
 */
unsigned int paravirt_patch_default(u8 type, u16 clobbers, void *buf,
				    unsigned long addr, unsigned int len);

/* A backend's code for one op (type: PARAVIRT_PATCH of the op). */
struct pv_template {
	u8 type;
	struct pv_insns insns;
};
/*
 * A backend's patch with a table of templates: the first for the
 * site's op that paravirt_patch_fits() places, else the default.
 */
unsigned int paravirt_patch_templates(const struct pv_template *t,
				      unsigned int n, u8 type, u16 clobbers,
				      void *buf, unsigned long addr,
				      unsigned int len);

/*
 * For code a backend assembles over the operands it read back with
 * paravirt_site_args() or paravirt_site_result(), to replace the whole
 * site: code, count instructions of lens[i] bytes each, with the rest
 * of the site spread over them as DS prefixes, each instruction kept
 * within 15 bytes, so the site runs exactly those instructions.  Only
 * for code that ignores a DS prefix or uses DS or SS (one flat segment
 * in this kernel) for its memory operands.  Copies the code plain
 * (the caller pads) if the prefixes do not fit and with debug
 * poisoning; leaves the site if the code does not fit.  The backend
 * answers for the code keeping the site's contract.
 */
unsigned int paravirt_patch_insns_spread(void *buf, unsigned int len,
					 const u8 *code, const u8 *lens,
					 unsigned int count);

/*
 * Finishes a site after the backend used `used` bytes: with poison,
 * appends "notl reg" for each register the site may clobber that is not
 * a result (CONFIG_DEBUG_PARAVIRT), then fills the rest with NOPs.
 */
void paravirt_pad_site(u8 *buf, unsigned int used, unsigned int len,
		       u16 clobbers, bool poison);

/* Sites apply_paravirt() found not shaped as their op's: left as is. */
extern unsigned long paravirt_sites_misshapen;

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
