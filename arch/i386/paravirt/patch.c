/*
 * Paravirt patching: the byte-level helpers behind every backend's patch()
 *
 * apply.c hands each call site, as a buffer, to the backend's
 * pv_init_ops.patch (backends/<b>/patch.c), which decides and uses these
 * helpers to rewrite it: inline a template, call or jump to the op
 * directly, NOP it out, or leave it.  paravirt_pad_site() then fills the
 * rest.  Pure code over buffers: tests/unit compiles it on the host.
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

unsigned int paravirt_patch_nop(void)
{
	return 0;
}

unsigned int paravirt_patch_ignore(unsigned int len)
{
	return len;
}

unsigned int paravirt_patch_insns(void *buf, unsigned int len,
				  const void *start, const void *end)
{
	unsigned int n = (const u8 *)end - (const u8 *)start;

	if (!start || n > len)
		return len;
	memcpy(buf, start, n);
	return n;
}

unsigned int paravirt_patch_insns_prefixed(void *buf, unsigned int len,
					   const void *start, const void *end)
{
	unsigned int n = (const u8 *)end - (const u8 *)start, pad;

	if (!start || n > len || paravirt_debug_poison)
		return paravirt_patch_insns(buf, len, start, end);
	pad = len - n;
	/* The first instruction, prefixed, stays within 15 bytes. */
	if (pad + n > MAX_INSN_LEN)
		return paravirt_patch_insns(buf, len, start, end);
	memset(buf, PREFIX_DS, pad);
	memcpy((u8 *)buf + pad, start, n);
	return len;
}

static void put_rel32(u8 *p, u8 op, const void *target, unsigned long addr)
{
	s32 rel = (unsigned long)target - (addr + PV_CALL_LEN);

	p[0] = op;
	memcpy(p + 1, &rel, sizeof(rel));
}

unsigned int paravirt_patch_call(void *buf, const void *target,
				 u16 tgt_clobbers, unsigned long addr,
				 u16 site_clobbers, unsigned int len)
{
	u16 save = CLBR_REGS(tgt_clobbers) & ~CLBR_REGS(site_clobbers);
	unsigned int i, n = 0, pushes = 0;
	u8 *p = buf;

	for (i = 0; i < ARRAY_SIZE(regs); i++)
		pushes += !!(save & regs[i].clbr);
	if (len < PV_CALL_LEN + 2 * pushes)
		return len;
	for (i = 0; i < ARRAY_SIZE(regs); i++)
		if (save & regs[i].clbr)
			p[n++] = OP_PUSH_EAX + regs[i].reg;
	put_rel32(p + n, OP_CALL, target, addr + n);
	n += PV_CALL_LEN;
	for (i = ARRAY_SIZE(regs); i-- > 0;)
		if (save & regs[i].clbr)
			p[n++] = OP_POP_EAX + regs[i].reg;
	return n;
}

unsigned int paravirt_patch_jmp(void *buf, const void *target,
				unsigned long addr, unsigned int len)
{
	if (len < PV_CALL_LEN)
		return len;
	put_rel32(buf, OP_JMP, target, addr);
	return PV_CALL_LEN;
}

/* The live tables, in the order of struct paravirt_patch_template. */
#define GROUP(g)	{ &g, PARAVIRT_PATCH(g), sizeof(g) / sizeof(void *) }
static const struct {
	void *ops;
	unsigned int first, count;
} groups[] = {
	GROUP(pv_init_ops), GROUP(pv_time_ops), GROUP(pv_cpu_ops),
	GROUP(pv_irq_ops), GROUP(pv_mmu_ops),
};

/* The op a site of this type calls, or NULL for an unknown type. */
static void *op_of(u8 type)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(groups); i++)
		if (type >= groups[i].first &&
		    type < groups[i].first + groups[i].count)
			return ((void **)groups[i].ops)[type - groups[i].first];
	return NULL;
}

unsigned int paravirt_patch_default(u8 type, u16 clobbers, void *buf,
				    unsigned long addr, unsigned int len)
{
	void *op = op_of(type);
	u8 *p = buf;

	if (!op) {
		/* No such op: make any use of the site a loud #UD. */
		if (len < 2)
			return len;
		p[0] = 0x0f;
		p[1] = 0x0b;
		return 2;
	}
	if (op == (void *)paravirt_nop)
		return paravirt_patch_nop();
	if (type == PARAVIRT_PATCH(pv_cpu_ops.iret) ||
	    type == PARAVIRT_PATCH(pv_cpu_ops.irq_enable_sysexit))
		return paravirt_patch_jmp(buf, op, addr, len);
	return paravirt_patch_call(buf, op, CLBR_ANY, addr, clobbers, len);
}

#define OP_MOV_RM	0x89	/* movl reg, r/m */
#define MODRM_REGS	0xc0	/* mod 11: register to register */

int paravirt_save_fl_reg(const u8 *site, unsigned int len)
{
	const u8 *m = site + PV_SAVE_FL_MOV;

	/* movl %eax, %reg: reg field 0 (EAX), rm = the register. */
	if (len < PV_SAVE_FL_MOV + 2 || m[0] != OP_MOV_RM ||
	    (m[1] & 0xf8) != MODRM_REGS)
		return -1;
	return m[1] & 7;
}

int paravirt_restore_fl_reg(const u8 *site, unsigned int len)
{
	const u8 *m = site + PV_RESTORE_FL_MOV;

	/* movl %reg, %eax: rm 0 (EAX), reg field = the register. */
	if (len < PV_RESTORE_FL_MOV + 2 || m[0] != OP_MOV_RM ||
	    (m[1] & 0xc7) != MODRM_REGS)
		return -1;
	return (m[1] >> 3) & 7;
}

/* One NOP instruction of n bytes (1..15): prefixes on 0x90. */
static void put_nop(u8 *p, unsigned int n)
{
	memset(p, PREFIX_DS, n - 1);
	p[n - 1] = OP_NOP;
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
