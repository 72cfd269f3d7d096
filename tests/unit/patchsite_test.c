/*
 * Host unit test: patching every site shape (arch/i386/paravirt/patch.c,
 * sites.c) with a call to an arbitrary address and with templates
 *
 * The sites are real: patch_sites.c builds them with the kernel's own
 * wrappers and entry.S macros, and their records are walked here.  Each
 * site is copied and patched, as apply_paravirt() does, with a direct
 * call to 0xfffe1230 (as a C function, and as a ROM entry that keeps
 * every register but its result), a 10-byte "movl $0x200, abs32" (what
 * lguest inlines for irq_enable), a 5-byte template reading the first
 * argument from EAX and one leaving a result in EAX.  What should happen
 * comes from this file's own description of each shape, not from the
 * patcher: the whole site when that keeps its contract, else in place of
 * its call, else nothing.  The result must decode instruction by
 * instruction to the site's end, with the call's rel32 right and every
 * byte outside the replaced part as the compiler left it (saves, the
 * arguments' loads, the result's move).  Run by patchsite.t.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <asm/paravirt_types.h>
#include <asm/paravirt_patch.h>
#include "patch_sites.h"
#include "tap.h"

#define ADDR	0xc0100000UL	/* where the tests pretend the site is */
#define TARGET	0xfffe1230UL	/* an arbitrary call target: a ROM entry */

struct pv_info pv_info;
struct pv_init_ops pv_init_ops;
struct pv_time_ops pv_time_ops;
struct pv_cpu_ops pv_cpu_ops;
struct pv_irq_ops pv_irq_ops;
struct pv_mmu_ops pv_mmu_ops;
struct pv_platform_ops pv_platform_ops;

void pvt_calls(void)
{
}

unsigned long pvt_keep(unsigned long v)
{
	return v;
}

/* The thunks the thunk sites call (arch/i386/paravirt/thunks.S). */
void pv_thunk_set_pte(void);
void pv_thunk_set_pte_at(void);

void pv_thunk_set_pte(void)
{
}

void pv_thunk_set_pte_at(void)
{
}

extern struct paravirt_patch_site __start_pv_test_sites[];
extern struct paravirt_patch_site __stop_pv_test_sites[];

/* What this test knows of each shape, from paravirt.h and paravirt_asm.h. */
#define REGS	1	/* arguments in registers when the site starts */
#define OPND	2	/* arguments pushed and popped inside the site */
#define SAVE	3	/* save_fl */
#define THNK	4	/* pushes and a call to a thunk */
#define JUMP	5	/* entry.S jmp *%cs:slot */

static const struct site_fn {
	void (*fn)(void);
	const char *name;
	u8 shape, nargs;
	u8 result;		/* CLBR_* of the op's result */
	bool result_in_eax;	/* does the site want the result in EAX? */
} fns[] = {
#define F(f, s, n, r, e)	{ (void (*)(void))f, #f, s, n, r, e }
	F(pvt_regs0, REGS, 0, 0, true),
	F(pvt_regs1, REGS, 1, 0, true),
	F(pvt_regs2, REGS, 2, 0, true),
	F(pvt_regs3_result, REGS, 3, CLBR_EAX, true),
	F(pvt_result, REGS, 0, CLBR_EAX, true),
	F(pvt_result64, REGS, 1, CLBR_EAX | CLBR_EDX, true),
	F(pvt_regs4, REGS, 4, 0, true),
	F(pvt_scratch, REGS, 0, 0, true),
	F(pvt_operand_reg, OPND, 1, 0, true),
	F(pvt_operand_mem, OPND, 1, 0, true),
	F(pvt_operand_imm, OPND, 1, 0, true),
	F(pvt_operand2, OPND, 2, 0, true),
	F(pvt_operand3, OPND, 3, 0, true),
	F(pvt_save_eax, SAVE, 0, CLBR_EAX, true),
	F(pvt_save_reg, SAVE, 0, CLBR_EAX, false),
	F(pvt_save_mem, SAVE, 0, CLBR_EAX, false),
	F(pvt_thunk2, THNK, 2, 0, true),
	F(pvt_thunk4, THNK, 4, 0, true),
	F(pvt_load_tls, OPND, 2, 0, true),
	F(pvt_asm_any, REGS, 0, 0, true),
	F(pvt_asm_eax, REGS, 0, 0, true),
	F(pvt_asm_none, REGS, 0, 0, true),
	F(pvt_asm_iret, JUMP, 0, 0, true),
	F(pvt_asm_sysexit, JUMP, 0, 0, true),
#undef F
};

/* The function a site lies in: the last one starting at or before it. */
static const struct site_fn *fn_of(const u8 *at)
{
	const struct site_fn *best = NULL;
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(fns); i++)
		if ((const u8 *)fns[i].fn <= at &&
		    (!best || best->fn < fns[i].fn))
			best = &fns[i];
	return best;
}

/* --- a decoder for the instructions sites and patches are made of --- */
struct insn {
	u8 op;			/* opcode after prefixes; 0x0f: two-byte */
	u8 reg;			/* the ModRM reg field, if it has one */
	u8 len, prefixes;
	u32 target;		/* for E8 / E9: where it goes */
};

static unsigned int modrm_len(const u8 *p)
{
	u8 mod = p[0] >> 6, rm = p[0] & 7;
	unsigned int n = 1;

	if (mod == 3)
		return 1;
	if (rm == 4) {
		n++;
		if (mod == 0 && (p[1] & 7) == 5)
			n += 4;
	} else if (mod == 0 && rm == 5) {
		n += 4;
	}
	return n + (mod == 1 ? 1 : mod == 2 ? 4 : 0);
}

/* Decodes one instruction at p (of a site at addr); 0 if unknown. */
static unsigned int decode(const u8 *p, unsigned int avail,
			   unsigned long addr, struct insn *in)
{
	unsigned int n = 0, body;
	s32 rel;

	memset(in, 0, sizeof(*in));
	while (n < avail && (p[n] == 0x3e || p[n] == 0x2e))
		n++;
	if (n >= avail)
		return 0;
	in->prefixes = n;
	in->op = p[n];
	switch (p[n]) {
	case 0x50 ... 0x5f: case 0x90: case 0xfa: case 0xfb: case 0x9c:
	case 0x9d: case 0xcc: case 0xc3: case 0xcf: case 0xf4:
		body = 1;
		break;
	case 0x6a: case 0xeb:
		body = 2;
		break;
	case 0x68: case 0xa1: case 0xa3:
		body = 5;
		break;
	case 0xe8: case 0xe9:
		body = 5;
		if (n + 5 > avail)
			return 0;
		memcpy(&rel, p + n + 1, 4);
		in->target = addr + n + 5 + rel;
		break;
	case 0x89: case 0x8f: case 0xff: case 0xf7:
		if (n + 2 > avail)
			return 0;
		in->reg = p[n + 1] >> 3 & 7;
		body = 1 + modrm_len(p + n + 1);
		break;
	case 0xc7:
		body = 1 + modrm_len(p + n + 1) + 4;
		break;
	case 0x0f:			/* ud2, mov to/from CRn, sysexit */
		body = p[n + 1] == 0x20 || p[n + 1] == 0x22 ? 3 : 2;
		break;
	default:
		return 0;
	}
	in->len = n + body;
	return in->len <= avail && in->len <= 15 ? in->len : 0;
}

/*
 * Does the site decode cleanly to its end (a short jump may skip to
 * it)?  Counts its instructions and its calls or jumps to TARGET.
 */
static bool clean(const u8 *s, unsigned int len, unsigned int *insns,
		  unsigned int *to_target)
{
	unsigned int at = 0, n;
	struct insn in;

	*insns = *to_target = 0;
	while (at < len) {
		n = decode(s + at, len - at, ADDR + at, &in);
		if (!n)
			return false;
		++*insns;
		if ((in.op == 0xe8 || in.op == 0xe9) && in.target == TARGET)
			++*to_target;
		if (in.op == 0xeb)
			n += s[at + 1];
		at += n;
	}
	return at == len;
}

/* Where the site's call *slot is (CS prefix included); 0 len if none. */
static void find_call(const u8 *s, unsigned int len, u8 modrm,
		      unsigned int *off, unsigned int *clen)
{
	unsigned int i;

	*clen = 0;
	for (i = 0; i + 6 <= len; i++)
		if (s[i] == 0xff && s[i + 1] == modrm) {
			*off = i && s[i - 1] == 0x2e ? i - 1 : i;
			*clen = i + 6 - *off;
			return;
		}
}

#define PLACE_NONE	0
#define PLACE_SITE	1
#define PLACE_CALL	2

static const u8 t10[] = { 0xc7, 0x05, 0x78, 0x56, 0x34, 0x12,
			  0x00, 0x02, 0x00, 0x00 };	/* movl $0x200, abs */
/* movl %eax, abs; movl abs, %eax */
static const u8 t_in[] = { 0xa3, 0x78, 0x56, 0x34, 0x12 };
static const u8 t_out[] = { 0xa1, 0x78, 0x56, 0x34, 0x12 };

struct trial {
	const char *what;
	struct pv_insns p;
	bool needs_args, needs_result;
};

/* This test's own idea of where p goes in a site of shape f. */
static int expected(const struct site_fn *f, u16 clobbers, unsigned int len,
		    const struct trial *t, unsigned int call_len)
{
	unsigned int n = t->p.start ? t->p.end - t->p.start : 5;
	bool reads = t->p.inputs && f->nargs;
	u16 changes = t->p.clobbers & ~f->result & CLBR_ANY;

	if (f->shape == JUMP)
		return n <= len ? PLACE_SITE : PLACE_NONE;
	if (n <= len && (!reads || f->shape == REGS) &&
	    !(changes & ~CLBR_REGS(clobbers)) &&
	    (!f->result || f->result_in_eax))
		return PLACE_SITE;
	if (f->shape != THNK && n <= call_len)
		return PLACE_CALL;
	return PLACE_NONE;
}

/* Patches one copy of the site with t and checks it; counts checks. */
static void try_site(const struct paravirt_patch_site *r,
		     const struct site_fn *f, const struct trial *t,
		     bool poison)
{
	u8 buf[PV_MAX_SITE_LEN], want[PV_MAX_SITE_LEN];
	const u8 *orig = r->instr;
	unsigned int len = r->len, used, off = 0, clen, n, insns, calls, i;
	unsigned int code_n = t->p.start ? t->p.end - t->p.start : 5;
	const char *pz = poison ? " (poison)" : "";
	int place;
	u32 rel;

	find_call(orig, len, f->shape == JUMP ? 0x25 : 0x15, &off, &clen);
	place = expected(f, r->clobbers, len, t, clen);
	paravirt_debug_poison = poison;
	memcpy(buf, orig, len);
	is_int(paravirt_patch_fits(r->instrtype, r->clobbers, buf, len, &t->p),
	       place, "%s, %s%s: placed %s", f->name, t->what, pz,
	       place == PLACE_SITE ? "over the site" :
	       place == PLACE_CALL ? "in place of its call" : "nowhere");
	used = paravirt_patch_site(r->instrtype, r->clobbers, buf, ADDR, len,
				   &t->p);
	if (used < len)
		paravirt_pad_site(buf, used, len, r->clobbers, poison);
	ok(clean(buf, len, &insns, &calls),
	   "%s, %s%s: decodes to its end", f->name, t->what, pz);
	if (place == PLACE_NONE) {
		is_mem(buf, orig, len, "%s, %s%s: left as it is", f->name,
		       t->what, pz);
		return;
	}
	if (place == PLACE_CALL) {
		/* All but the call as it was; the call's room prefixes. */
		memcpy(want, orig, len);
		memset(want + off, 0x3e, clen - code_n);
		if (t->p.start) {
			memcpy(want + off + clen - code_n, t->p.start, code_n);
		} else {
			want[off + clen - 5] = 0xe8;
			rel = TARGET - (ADDR + off + clen);
			memcpy(want + off + clen - 4, &rel, 4);
		}
		is_mem(buf, want, len, "%s, %s%s: only the call replaced",
		       f->name, t->what, pz);
		return;
	}
	/*
	 * Over the site: prefixed to its end (a jump needs none: nothing
	 * after it runs), or at its start and padded.
	 */
	n = len <= 15 && !poison && (t->p.start || f->shape != JUMP) ?
	    len - code_n : 0;
	for (i = 0; i < n; i++)
		want[i] = 0x3e;
	if (t->p.start) {
		memcpy(want + n, t->p.start, code_n);
	} else {
		want[n] = f->shape == JUMP ? 0xe9 : 0xe8;
		rel = TARGET - (ADDR + n + 5);
		memcpy(want + n + 1, &rel, 4);
	}
	is_mem(buf, want, n + code_n, "%s, %s%s: over the site", f->name,
	       t->what, pz);
	if (!t->p.start)
		is_int(calls, 1, "%s, %s%s: one call or jump to %#lx", f->name,
		       t->what, pz, TARGET);
	if (n)
		is_int(insns, 1, "%s, %s%s: one instruction, prefixed",
		       f->name, t->what, pz);
}

static void check_original(const struct paravirt_patch_site *r,
			   const struct site_fn *f)
{
	const u8 *s = r->instr;
	unsigned int at = 0, n, pushes = 0, pops = 0, insns, calls;
	struct insn in;

	ok(clean(s, r->len, &insns, &calls), "%s: the site as built decodes",
	   f->name);
	/* Before the call: saves and argument pushes, then their pops. */
	while (at < r->len && (n = decode(s + at, r->len - at, ADDR, &in)) &&
	       !(in.op == 0xff && in.reg == 2) && in.op != 0xe8) {
		pushes += (in.op & 0xf8) == 0x50 || in.op == 0x6a ||
			  in.op == 0x68 || (in.op == 0xff && in.reg == 6);
		pops += (in.op & 0xf8) == 0x58;
		at += n;
	}
	if (f->shape == OPND)
		ok(pushes == 3 + f->nargs &&
		   pops == (f->nargs < 3 ? f->nargs : 3),
		   "%s: 3 saves, %u argument pushes, their pops", f->name,
		   f->nargs);
	if (f->shape == THNK)
		is_int(pushes, f->nargs, "%s: %u argument pushes", f->name,
		       f->nargs);
	/* entry.S's irq sites: room for lguest's "movl $imm32, abs32". */
	if (f->shape == REGS && at < r->len && s[at] == 0x2e)
		ok(r->len >= 10, "%s: an entry.S irq site of %u bytes has room "
		   "for a 10-byte template", f->name, r->len);
	if (f->shape == SAVE && !f->result_in_eax)
		is_int(s[at + 6], 0x89, "%s: the result moved after the call",
		       f->name);
}

int main(void)
{
	static const struct trial trials[] = {
		{ "a call to a C function",
		  PV_INSNS_CALL((void *)TARGET, CLBR_ANY), false, false },
		{ "a call to a ROM entry",
		  PV_INSNS_CALL((void *)TARGET, CLBR_NONE), false, false },
		{ "a 10-byte template",
		  { t10, t10 + 10, NULL, 0, 0, 10 }, false, false },
		{ "a template reading EAX",
		  { t_in, t_in + 5, NULL, 0, CLBR_EAX, 5 }, true, false },
		{ "a template writing EAX",
		  { t_out, t_out + 5, NULL, CLBR_EAX, 0, 5 }, false, true },
	};
	const struct paravirt_patch_site *r;
	unsigned int i, seen[ARRAY_SIZE(fns)] = { 0 };

	for (r = __start_pv_test_sites; r < __stop_pv_test_sites; r++) {
		const struct site_fn *f = fn_of(r->instr);

		if (!ok(f != NULL, "site at %p lies in a known function",
			(void *)r->instr))
			continue;
		seen[f - fns]++;
		check_original(r, f);
		for (i = 0; i < ARRAY_SIZE(trials); i++) {
			struct trial t = trials[i];

			if ((t.needs_args && !f->nargs) ||
			    (t.needs_result && !f->result))
				continue;
			/* The ROM entry changes only the op's result. */
			if (!t.p.start && t.p.clobbers == CLBR_NONE)
				t.p.clobbers = f->result;
			try_site(r, f, &t, false);
			try_site(r, f, &t, true);
		}
	}
	for (i = 0; i < ARRAY_SIZE(fns); i++)
		is_int(seen[i], 1, "one site in %s", fns[i].name);
	return done_testing();
}
