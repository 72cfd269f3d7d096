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
					   const void *start, const void *end,
					   unsigned int first)
{
	unsigned int n = (const u8 *)end - (const u8 *)start, pad;

	if (!start || n > len || paravirt_debug_poison)
		return paravirt_patch_insns(buf, len, start, end);
	pad = len - n;
	/* The first instruction, prefixed, stays within 15 bytes. */
	if (pad + first > MAX_INSN_LEN || first > n)
		return paravirt_patch_insns(buf, len, start, end);
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
		return paravirt_patch_insns(buf, len, code, code + n);
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

/* The table slot a site of this type calls through; NULL if unknown. */
static void **slot_of(u8 type)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(groups); i++)
		if (type >= groups[i].first &&
		    type < groups[i].first + groups[i].count)
			return (void **)groups[i].ops + type - groups[i].first;
	return NULL;
}

#define OP_GRP5		0xff	/* ff /2: call r/m32 */
#define MODRM_ABS_CALL	0x15	/* mod 00, /2, rm 101: call *abs32 */
#define PREFIX_CS	0x2e

/* Is there a "call *abs32" (ff 15 abs32) at site + at? */
static bool abs_call_at(const u8 *site, unsigned int len, unsigned int at)
{
	return at + 6 <= len && site[at] == OP_GRP5 &&
	       site[at + 1] == MODRM_ABS_CALL;
}

/* Where the site's "call *slot" starts, or -1. */
static int find_slot_call(const u8 *site, unsigned int len, void **slot)
{
	u32 want = (unsigned long)slot, got;
	unsigned int i;

	for (i = 0; i + 6 <= len; i++) {
		memcpy(&got, site + i + 2, 4);
		if (abs_call_at(site, len, i) && got == want)
			return i;
	}
	return -1;
}

unsigned int paravirt_patch_call_in_place(void *buf, const void *target,
					  void **slot, unsigned long addr,
					  unsigned int len)
{
	int at = find_slot_call(buf, len, slot);
	u8 *p = buf;

	if (at < 0)
		return len;	/* a thunk site (paravirt.h): leave it */
	/* Six bytes for six: a CS prefix keeps it one instruction. */
	p[at] = PREFIX_CS;
	put_rel32(p + at + 1, OP_CALL, target, addr + at + 1);
	return len;
}

unsigned int paravirt_patch_default(u8 type, u16 clobbers, void *buf,
				    unsigned long addr, unsigned int len)
{
	void **slot = slot_of(type);
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
	if (op == (void *)paravirt_nop)
		return paravirt_patch_nop();
	if (type == PARAVIRT_PATCH(pv_cpu_ops.iret) ||
	    type == PARAVIRT_PATCH(pv_cpu_ops.irq_enable_sysexit))
		return paravirt_patch_jmp(buf, op, addr, len);
	(void)clobbers;	/* the site itself keeps what it must */
	return paravirt_patch_call_in_place(buf, op, slot, addr, len);
}

#define OP_MOV_RM	0x89	/* movl reg, r/m */
#define MODRM_REGS	0xc0	/* mod 11: register to register */
#define OP_PUSH_IMM8	0x6a
#define OP_PUSH_IMM32	0x68

/* The saves every operand site starts with, and its pops into EAX... */
static const u8 saves[] = { OP_PUSH_EAX + 0, OP_PUSH_EAX + 1, OP_PUSH_EAX + 2 };
static const u8 arg_pops[] = { OP_POP_EAX + 0, OP_POP_EAX + 2, OP_POP_EAX + 1 };

/*
 * Length of a ModRM-encoded memory operand (ModRM, SIB, displacement)
 * at p, or 0 if it is not a memory operand or is addressed off ESP:
 * pushes inside the site move ESP, so such an operand would be wrong
 * (the kernel is built with frame pointers; gcc addresses its stack
 * through EBP).
 */
static unsigned int mem_operand_len(const u8 *p, unsigned int avail)
{
	u8 mod = p[0] >> 6, rm = p[0] & 7;
	unsigned int n = 1;

	if (!avail || mod == 3)
		return 0;
	if (rm == 4) {				/* SIB */
		if (avail < 2 || (p[1] & 7) == 4)
			return 0;
		if (mod == 0 && (p[1] & 7) == 5)
			n += 4;			/* no base: disp32 */
		n++;
	} else if (mod == 0 && rm == 5) {
		n += 4;				/* disp32 alone */
	}
	n += mod == 1 ? 1 : mod == 2 ? 4 : 0;
	return n <= avail ? n : 0;
}

/* Decodes n pushes of arguments, the last first, from site + *at on. */
static int decode_pushes(const u8 *site, unsigned int len, unsigned int *pat,
			 struct pv_site_arg *args, unsigned int n)
{
	unsigned int i, at = *pat, n_mem;

	for (i = n; i-- > 0;) {
		struct pv_site_arg *a = &args[i];
		s8 imm8;

		if (at >= len)
			return -1;
		a->off = at;
		if ((site[at] & 0xf8) == OP_PUSH_EAX) {
			a->kind = PV_ARG_REG;
			a->reg = site[at] & 7;
			a->len = 1;
		} else if (site[at] == OP_PUSH_IMM8 && at + 2 <= len) {
			a->kind = PV_ARG_IMM;
			memcpy(&imm8, site + at + 1, 1);
			a->imm = (s32)imm8;
			a->len = 2;
		} else if (site[at] == OP_PUSH_IMM32 && at + 5 <= len) {
			a->kind = PV_ARG_IMM;
			memcpy(&a->imm, site + at + 1, 4);
			a->len = 5;
		} else if (site[at] == OP_GRP5 && at + 1 < len &&
			   (site[at + 1] & 0x38) == 6 << 3 &&
			   (n_mem = mem_operand_len(site + at + 1,
						    len - at - 1))) {
			a->kind = PV_ARG_MEM;	/* ff /6: pushl mem */
			a->len = 1 + n_mem;
		} else {
			return -1;
		}
		at += a->len;
	}
	*pat = at;
	return 0;
}

int paravirt_site_args(const u8 *site, unsigned int len,
		       struct pv_site_arg *args, unsigned int n)
{
	unsigned int at = 0, npops = n < 3 ? n : 3;

	if (n > 4)
		return -1;
	/* A thunk site: the pushes and a direct call. */
	if (!decode_pushes(site, len, &at, args, n) && at + 5 == len &&
	    site[at] == OP_CALL)
		return 0;
	at = sizeof(saves);
	if (len < at || memcmp(site, saves, sizeof(saves)) ||
	    decode_pushes(site, len, &at, args, n))
		return -1;
	if (at + npops > len || memcmp(site + at, arg_pops, npops) ||
	    !abs_call_at(site, len, at + npops))
		return -1;
	return 0;
}

int paravirt_site_result(const u8 *site, unsigned int len,
			 struct pv_site_arg *res)
{
	unsigned int at = 0, n;

	while (at < len && (site[at] & 0xf8) == OP_PUSH_EAX)
		at++;
	if (!abs_call_at(site, len, at))
		return -1;
	at += 6;
	res->kind = PV_ARG_REG;
	res->reg = 0;			/* no move: the result is in EAX */
	/* movl %eax, r/m (89 /r with reg field EAX) */
	if (at + 2 > len || site[at] != OP_MOV_RM || (site[at + 1] & 0x38))
		return 0;
	if ((site[at + 1] & 0xc0) == MODRM_REGS) {
		res->reg = site[at + 1] & 7;
		return 0;
	}
	n = mem_operand_len(site + at + 1, len - at - 1);
	if (!n)
		return -1;
	res->kind = PV_ARG_MEM;
	res->off = at + 1;
	res->len = n;
	return 0;
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
