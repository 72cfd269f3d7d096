/*
 * Paravirt patching: the byte-level helpers behind every backend's patch()
 *
 * apply.c hands each call site, as a buffer, to the backend's
 * pv_init_ops.patch (backends/<b>/patch.c), which decides what the site
 * should hold: a template, a direct call or jump, NOPs, or nothing new.
 * paravirt_patch_site() places it by the site's shape, read by sites.c:
 * over the whole site when that keeps the site's contract, else in place
 * of the site's own call, else not at all.  paravirt_pad_site() then
 * fills the rest.  Pure code over buffers: tests/unit compiles it on the
 * host.
 *
 * Padding: a template whose first instruction takes segment prefixes is
 * padded with them (0x3e, DS override: ignored by instructions without a
 * memory operand), so the patched site is exactly the template's
 * instructions; -icount and the CPU see no extra NOPs.  Anything else is
 * padded with one NOP instruction of up to 15 bytes (prefixed 0x90), or,
 * for more, a short jump over the rest.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <asm/paravirt_patch.h>

#define OP_CALL		0xe8
#define OP_JMP		0xe9
#define OP_NOP		0x90
#define OP_JMP_SHORT	0xeb
#define OP_INT3		0xcc
#define OP_PUSH_EAX	0x50	/* + register number */
#define OP_POP_EAX	0x58
#define PREFIX_DS	0x3e
#define MAX_INSN_LEN	15

bool paravirt_debug_poison = IS_DEBUG_PARAVIRT;

/* CLBR_* bit -> x86 register number. */
static const struct {
	u16 clbr;
	u8 reg;
} regs[] = {
	{ CLBR_EAX, 0 }, { CLBR_ECX, 1 }, { CLBR_EDX, 2 },
};

void paravirt_nop(void)
{
}

/* Copies the template [start, end) if it fits; else leaves the site. */
static unsigned int patch_insns(void *buf, unsigned int len,
				const void *start, const void *end)
{
	unsigned int n = (const u8 *)end - (const u8 *)start;

	if (!start || n > len)
		return len;
	memcpy(buf, start, n);
	return n;
}

/*
 * As patch_insns(), and fills the rest of the site with DS prefixes on
 * the template's first instruction (first bytes long), so the site runs
 * as many instructions as the template; a plain copy if the prefixed
 * instruction would pass 15 bytes, and with debug poisoning.
 */
static unsigned int patch_insns_prefixed(void *buf, unsigned int len,
					 const void *start, const void *end,
					 unsigned int first)
{
	unsigned int n = (const u8 *)end - (const u8 *)start, pad;

	if (!start || n > len || !first || paravirt_debug_poison)
		return patch_insns(buf, len, start, end);
	pad = len - n;
	if (pad + first > MAX_INSN_LEN || first > n)
		return patch_insns(buf, len, start, end);
	memset(buf, PREFIX_DS, pad);
	memcpy((u8 *)buf + pad, start, n);
	return len;
}

unsigned int paravirt_patch_insns_spread(void *buf, unsigned int len,
					 const u8 *code, const u8 *lens,
					 unsigned int count)
{
	unsigned int i, n = 0, room = 0, pad, at = 0;
	u8 *p = buf;

	for (i = 0; i < count; i++) {
		n += lens[i];
		room += MAX_INSN_LEN - lens[i];
	}
	if (n > len || len - n > room || paravirt_debug_poison)
		return patch_insns(buf, len, code, code + n);
	pad = len - n;
	for (i = 0; i < count; i++) {
		unsigned int k = pad < MAX_INSN_LEN - lens[i] ?
				 pad : MAX_INSN_LEN - lens[i];

		memset(p + at, PREFIX_DS, k);
		at += k;
		pad -= k;
		memcpy(p + at, code, lens[i]);
		at += lens[i];
		code += lens[i];
	}
	return len;
}

static void put_rel32(u8 *p, u8 op, const void *target, unsigned long addr)
{
	s32 rel = (unsigned long)target - (addr + PV_CALL_LEN);

	p[0] = op;
	memcpy(p + 1, &rel, sizeof(rel));
}

/* One NOP instruction of n bytes (1..15): prefixes on 0x90. */
static void put_nop(u8 *p, unsigned int n)
{
	memset(p, PREFIX_DS, n - 1);
	p[n - 1] = OP_NOP;
}

/* p's code, or its call (jump) to be at addr: into out, n bytes. */
static unsigned int code_of(const struct pv_insns *p, u8 *out, u8 op,
			    unsigned long addr)
{
	if (!p->start) {
		put_rel32(out, op, p->target, addr);
		return PV_CALL_LEN;
	}
	memcpy(out, p->start, p->end - p->start);
	return p->end - p->start;
}

static unsigned int code_len(const struct pv_insns *p)
{
	if (!p->start)
		return PV_CALL_LEN;
	if (p->end < p->start || p->end - p->start > PV_MAX_SITE_LEN)
		return PV_MAX_SITE_LEN + 1;	/* fits nowhere */
	return p->end - p->start;
}

/* Does its result land where the site wants it, if it replaces it all? */
static bool result_in_place(const struct pv_site *s)
{
	if (!s->op->result || s->op->shape == PV_SHAPE_REGS)
		return true;
	return s->result.kind == PV_ARG_REG && s->result.reg == 0;
}

static int place(u8 type, u16 clobbers, const u8 *site, unsigned int len,
		 const struct pv_insns *p, struct pv_site *s)
{
	unsigned int n = code_len(p);
	u16 changes;
	u8 inputs;

	if (paravirt_site_decode(type, site, len, s))
		return PV_PLACE_NONE;
	inputs = p->inputs & paravirt_arg_regs(s->op);
	changes = CLBR_REGS(p->clobbers) & ~s->op->result;
	if (s->op->shape == PV_SHAPE_JMP)	/* nothing after it runs */
		return n <= len ? PV_PLACE_SITE : PV_PLACE_NONE;
	if (n <= len && !(inputs & ~s->args_at_start) &&
	    !(changes & ~CLBR_REGS(clobbers)) && result_in_place(s))
		return PV_PLACE_SITE;
	/* At the call, the kernel's convention holds: any of EAX, ECX, EDX. */
	if (s->call_len && n <= s->call_len)
		return PV_PLACE_CALL;
	return PV_PLACE_NONE;
}

int paravirt_patch_fits(u8 type, u16 clobbers, const u8 *site,
			unsigned int len, const struct pv_insns *p)
{
	struct pv_site s;

	return place(type, clobbers, site, len, p, &s);
}

unsigned int paravirt_patch_site(u8 type, u16 clobbers, void *buf,
				 unsigned long addr, unsigned int len,
				 const struct pv_insns *p)
{
	u8 code[PV_MAX_SITE_LEN], op, *at;
	unsigned int n = code_len(p), room;
	struct pv_site s;

	switch (place(type, clobbers, buf, len, p, &s)) {
	case PV_PLACE_SITE:
		op = s.op->shape == PV_SHAPE_JMP ? OP_JMP : OP_CALL;
		/* A call prefixed to fill the site ends where the site does. */
		if (!p->start && op == OP_CALL && !paravirt_debug_poison &&
		    len - n + p->first <= MAX_INSN_LEN)
			code_of(p, code, op, addr + len - n);
		else
			code_of(p, code, op, addr);
		if (!p->start && op == OP_JMP)	/* the rest is not reached */
			return patch_insns(buf, len, code, code + n);
		return patch_insns_prefixed(buf, len, code, code + n,
					    p->first);
	case PV_PLACE_CALL:
		at = (u8 *)buf + s.call_off;
		room = s.call_len - n;
		code_of(p, at + room, OP_CALL, addr + s.call_off + room);
		/* The room: prefixes on the first instruction, or a NOP. */
		if (room && p->first && room + p->first <= MAX_INSN_LEN)
			memset(at, PREFIX_DS, room);
		else if (room)
			put_nop(at, room);
		return len;
	}
	return len;
}

unsigned int paravirt_patch_default(u8 type, u16 clobbers, void *buf,
				    unsigned long addr, unsigned int len)
{
	static const u8 nothing[1];
	const struct pv_insns nops = { .start = nothing, .end = nothing };
	const struct pv_op_info *info = paravirt_op_info(type);
	void **slot = paravirt_op_slot(type);
	void *op = slot ? *slot : NULL;
	u8 *p = buf;

	if (!op) {
		/* No such op: make any use of the site a loud #UD. */
		if (len < 2)
			return len;
		p[0] = 0x0f;
		p[1] = 0x0b;
		return 2;
	}
	if (op == (void *)paravirt_nop && !info->result &&
	    info->shape != PV_SHAPE_JMP)
		return paravirt_patch_site(type, clobbers, buf, addr, len,
					   &nops);
	{
		const struct pv_insns call = PV_INSNS_CALL(op, CLBR_ANY);

		return paravirt_patch_site(type, clobbers, buf, addr, len,
					   &call);
	}
}

unsigned int paravirt_patch_templates(const struct pv_template *t,
				      unsigned int n, u8 type, u16 clobbers,
				      void *buf, unsigned long addr,
				      unsigned int len)
{
	unsigned int i;

	for (i = 0; i < n; i++)
		if (t[i].type == type &&
		    paravirt_patch_fits(type, clobbers, buf, len, &t[i].insns))
			return paravirt_patch_site(type, clobbers, buf, addr,
						   len, &t[i].insns);
	return paravirt_patch_default(type, clobbers, buf, addr, len);
}

void paravirt_pad_site(u8 *buf, unsigned int used, unsigned int len,
		       u16 clobbers, bool poison)
{
	u16 victims = CLBR_REGS(clobbers) & ~CLBR_RESULTS(clobbers);
	unsigned int i;

	for (i = 0; poison && i < ARRAY_SIZE(regs); i++)
		if ((victims & regs[i].clbr) && len - used >= 2) {
			buf[used++] = 0xf7;			/* notl reg */
			buf[used++] = 0xd0 + regs[i].reg;
		}
	/* More than one NOP's worth: jump over it, still one instruction. */
	if (len - used > MAX_INSN_LEN) {
		buf[used] = OP_JMP_SHORT;
		buf[used + 1] = len - used - 2;
		used += 2;
		memset(buf + used, OP_INT3, len - used);	/* not reached */
		return;
	}
	if (used < len)
		put_nop(buf + used, len - used);
}
