/*
 * Native paravirt backend: how each call site is patched
 *
 * apply_paravirt() asks native_patch() about every site.  Ops with a
 * template in head.S are inlined by paravirt_patch_site(), over the
 * whole site and padded with prefixes so the site runs exactly the
 * template's instructions (iret's padding is never reached, so it is
 * copied plain), provided the template changes no register the site
 * must keep and finds its argument in EAX; else in place of the site's
 * call if it fits there.  The flags and the operand sites (paravirt.h) are
 * assembled here instead, over the registers and constants the site
 * holds its operands in: "pushfl; popl %ecx", "movl %edx, (%ebx)",
 * "invlpg (%esi)", the esp0 and TLS copies as pushl/popl pairs from
 * memory to memory (no scratch register).  Everything else goes to the
 * core's default policy: no-op ops become NOPs, the others a direct call.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <asm/paravirt.h>
#include <asm/paravirt_patch.h>
#include <asm/processor.h>
#include <asm/desc.h>
#include "native.h"

/* first: its first instruction's length if that takes DS prefixes. */
#define TEMPLATE(op, ops, first, clobbers, inputs) {			\
	PARAVIRT_PATCH(ops.op), { start_native_##op, end_native_##op,	\
	NULL, clobbers, inputs, first } }
#define EXTERN_TEMPLATE(op)						\
	extern const u8 start_native_##op[], end_native_##op[]

EXTERN_TEMPLATE(irq_disable);
EXTERN_TEMPLATE(irq_enable);
EXTERN_TEMPLATE(safe_halt);
EXTERN_TEMPLATE(halt);
EXTERN_TEMPLATE(iret);
EXTERN_TEMPLATE(irq_enable_sysexit);
EXTERN_TEMPLATE(read_cr0);
EXTERN_TEMPLATE(write_cr0);
EXTERN_TEMPLATE(read_cr2);
EXTERN_TEMPLATE(read_cr3);
EXTERN_TEMPLATE(write_cr3);
EXTERN_TEMPLATE(read_cr4);
EXTERN_TEMPLATE(write_cr4);
EXTERN_TEMPLATE(clts);
EXTERN_TEMPLATE(wbinvd);
EXTERN_TEMPLATE(read_tsc);
EXTERN_TEMPLATE(flush_tlb_user);
EXTERN_TEMPLATE(io_delay);
EXTERN_TEMPLATE(store_tr);

static const struct pv_template templates[] = {
	TEMPLATE(irq_disable, pv_irq_ops, 1, CLBR_NONE, 0),
	TEMPLATE(irq_enable, pv_irq_ops, 1, CLBR_NONE, 0),
	TEMPLATE(safe_halt, pv_irq_ops, 1, CLBR_NONE, 0),	/* sti; hlt */
	TEMPLATE(halt, pv_irq_ops, 1, CLBR_NONE, 0),
	TEMPLATE(iret, pv_cpu_ops, 0, CLBR_ANY, 0),		/* a branch */
	TEMPLATE(irq_enable_sysexit, pv_cpu_ops, 1, CLBR_ANY, 0), /* sti */
	TEMPLATE(read_cr0, pv_cpu_ops, 3, CLBR_EAX, 0),
	TEMPLATE(write_cr0, pv_cpu_ops, 3, CLBR_NONE, CLBR_EAX),
	TEMPLATE(read_cr2, pv_mmu_ops, 3, CLBR_EAX, 0),
	TEMPLATE(read_cr3, pv_mmu_ops, 3, CLBR_EAX, 0),
	TEMPLATE(write_cr3, pv_mmu_ops, 3, CLBR_NONE, CLBR_EAX),
	TEMPLATE(read_cr4, pv_cpu_ops, 3, CLBR_EAX, 0),
	TEMPLATE(write_cr4, pv_cpu_ops, 3, CLBR_NONE, CLBR_EAX),
	TEMPLATE(clts, pv_cpu_ops, 2, CLBR_NONE, 0),
	TEMPLATE(wbinvd, pv_cpu_ops, 2, CLBR_NONE, 0),
	TEMPLATE(read_tsc, pv_cpu_ops, 2, CLBR_EAX | CLBR_EDX, 0),
	TEMPLATE(flush_tlb_user, pv_mmu_ops, 3, CLBR_EAX, 0),	/* cr3 */
	TEMPLATE(io_delay, pv_cpu_ops, 2, CLBR_NONE, 0),	/* outb */
	TEMPLATE(store_tr, pv_cpu_ops, 3, CLBR_EAX, 0),
};

/* --- the operand sites: a few instruction forms over their operands --- */
/*
 * patch_operands() returns this for a site it does not handle (not an
 * operand site, operands it has no form for, code that does not fit),
 * which then goes to the default policy.
 */
#define NOT_HANDLED(len)	((len) + 1)

#define REG_ESP		4
#define REG_EBP		5
#define OP_PUSH_RM	0xff	/* ff /6: pushl r/m32 */
#define OP_POP_RM	0x8f	/* 8f /0: popl r/m32 */
#define OP_MOV_RM	0x89	/* 89 /r: movl reg, r/m32 */
#define OP_MOV_IMM_RM	0xc7	/* c7 /0: movl $imm32, r/m32 */
#define MAX_INSNS	16

/*
 * The code for one site, instruction by instruction: each one is
 * started with insn() and its bytes appended with emit*(); lens[] says
 * where they end, so the padding can be spread over them as prefixes.
 * All of it may take DS prefixes: no branches, and memory operands that
 * DS or SS address, the same flat segment in this kernel.
 */
struct code {
	u8 bytes[PV_MAX_SITE_LEN + 16];
	u8 lens[MAX_INSNS];
	unsigned int n, count, start;
};

static void insn(struct code *c)
{
	if (c->count)
		c->lens[c->count - 1] = c->n - c->start;
	c->start = c->n;
	c->count++;
}

static void emit(struct code *c, const void *p, unsigned int n)
{
	memcpy(c->bytes + c->n, p, n);
	c->n += n;
}

static void emit1(struct code *c, u8 b)
{
	emit(c, &b, 1);
}

/*
 * The memory operand disp(base) with reg field r: ModRM, SIB and
 * displacement as needed; base a register (PV_ARG_REG) or a constant
 * address (PV_ARG_IMM).
 */
static void emit_mem(struct code *c, unsigned int r,
		     const struct pv_site_arg *base, s32 disp)
{
	u8 mod;

	if (base->kind == PV_ARG_IMM) {
		u32 a = base->imm + disp;

		emit1(c, 0x05 | r << 3);	/* mod 00, rm 101: abs32 */
		emit(c, &a, 4);
		return;
	}
	if (disp == 0 && base->reg != REG_EBP)
		mod = 0x00;
	else if (disp >= -128 && disp < 128)
		mod = 0x40;
	else
		mod = 0x80;
	emit1(c, mod | r << 3 | base->reg);
	if (base->reg == REG_ESP)
		emit1(c, 0x24);			/* SIB: base ESP, no index */
	if (mod == 0x40)
		emit1(c, (u8)disp);
	else if (mod == 0x80)
		emit(c, &disp, 4);
}

/* The code in the site, padded with prefixes; or the default policy. */
static unsigned int put_code(void *buf, unsigned int len, struct code *c)
{
	insn(c);			/* closes the last instruction */
	if (c->n > len)
		return NOT_HANDLED(len);
	return paravirt_patch_insns_spread(buf, len, c->bytes, c->lens,
					   c->count - 1);
}

/* The site's push of a (pushl %reg, $imm or mem), copied. */
static void emit_push_of(struct code *c, const u8 *site,
			 const struct pv_site_arg *a)
{
	insn(c);
	emit(c, site + a->off, a->len);
}

/* *ptr = val: movl %reg, (ptr), movl $imm, (ptr), or pushl; popl. */
static void emit_store(struct code *c, const u8 *site,
		       const struct pv_site_arg *ptr,
		       const struct pv_site_arg *val)
{
	if (val->kind == PV_ARG_MEM) {
		emit_push_of(c, site, val);
		insn(c);
		emit1(c, OP_POP_RM);
		emit_mem(c, 0, ptr, 0);
		return;
	}
	insn(c);
	emit1(c, val->kind == PV_ARG_REG ? OP_MOV_RM : OP_MOV_IMM_RM);
	emit_mem(c, val->kind == PV_ARG_REG ? val->reg : 0, ptr, 0);
	if (val->kind == PV_ARG_IMM)
		emit(c, &val->imm, 4);
}

/* A memory-to-memory move of one word, through the stack. */
static void emit_move(struct code *c, const struct pv_site_arg *from,
		      s32 from_disp, const struct pv_site_arg *to, s32 to_disp)
{
	insn(c);
	emit1(c, OP_PUSH_RM);
	emit_mem(c, 6, from, from_disp);
	insn(c);
	emit1(c, OP_POP_RM);
	emit_mem(c, 0, to, to_disp);
}

BUILD_BUG_ON(offsetof(struct thread_struct, tls_array) +
	     GDT_ENTRY_TLS_ENTRIES * 8 > 128);
BUILD_BUG_ON(GDT_ENTRY_TLS_ENTRIES * 2 * (3 + 6) != PV_LOAD_TLS_LEN);

/* A register or a constant: what a base address may be. */
static bool is_base(const struct pv_site_arg *a)
{
	return a->kind == PV_ARG_REG || a->kind == PV_ARG_IMM;
}

static unsigned int patch_operands(u8 type, void *buf, unsigned int len)
{
	struct pv_site_arg a[4];
	struct code c = { .n = 0 };
	const u8 *site = buf;
	unsigned int i;

	if (type == PARAVIRT_PATCH(pv_irq_ops.save_fl)) {
		/* pushfl; popl <where the site puts the flags> */
		if (paravirt_site_result(site, len, a))
			return NOT_HANDLED(len);
		insn(&c);
		emit1(&c, 0x9c);
		insn(&c);
		if (a[0].kind == PV_ARG_REG) {
			emit1(&c, 0x58 + a[0].reg);
		} else {
			emit1(&c, OP_POP_RM);
			emit(&c, site + a[0].off, a[0].len);
		}
	} else if (type == PARAVIRT_PATCH(pv_irq_ops.restore_fl)) {
		/* The site's own push of the flags, then popfl. */
		if (paravirt_site_args(site, len, a, 1))
			return NOT_HANDLED(len);
		emit_push_of(&c, site, &a[0]);
		insn(&c);
		emit1(&c, 0x9d);
	} else if (type == PARAVIRT_PATCH(pv_mmu_ops.flush_tlb_single)) {
		if (paravirt_site_args(site, len, a, 1) || !is_base(&a[0]))
			return NOT_HANDLED(len);
		insn(&c);
		emit(&c, "\x0f\x01", 2);	/* invlpg: 0f 01 /7 */
		emit_mem(&c, 7, &a[0], 0);
	} else if (type == PARAVIRT_PATCH(pv_mmu_ops.set_pte) ||
		   type == PARAVIRT_PATCH(pv_mmu_ops.set_pmd)) {
		if (paravirt_site_args(site, len, a, 2) || !is_base(&a[0]))
			return NOT_HANDLED(len);
		emit_store(&c, site, &a[0], &a[1]);
	} else if (type == PARAVIRT_PATCH(pv_mmu_ops.set_pte_at)) {
		if (paravirt_site_args(site, len, a, 4) || !is_base(&a[2]))
			return NOT_HANDLED(len);
		emit_store(&c, site, &a[2], &a[3]);
	} else if (type == PARAVIRT_PATCH(pv_cpu_ops.load_esp0)) {
		/* tss->x86_tss.esp0 = t->esp0 */
		if (paravirt_site_args(site, len, a, 2) || !is_base(&a[0]) ||
		    !is_base(&a[1]))
			return NOT_HANDLED(len);
		emit_move(&c, &a[1], offsetof(struct thread_struct, esp0),
			  &a[0], offsetof(struct tss_struct, x86_tss.esp0));
	} else if (type == PARAVIRT_PATCH(pv_cpu_ops.load_tls)) {
		/* The TLS entries of gdt_table = t->tls_array, word by word. */
		struct pv_site_arg gdt = {
			.kind = PV_ARG_IMM,
			.imm = (unsigned long)&gdt_table[GDT_ENTRY_TLS_MIN],
		};

		if (paravirt_site_args(site, len, a, 2) || !is_base(&a[0]))
			return NOT_HANDLED(len);
		for (i = 0; i < GDT_ENTRY_TLS_ENTRIES * 2; i++)
			emit_move(&c, &a[0],
				  offsetof(struct thread_struct, tls_array) +
				  4 * i, &gdt, 4 * i);
	} else {
		return NOT_HANDLED(len);
	}
	return put_code(buf, len, &c);
}

unsigned int native_patch(u8 type, u16 clobbers, void *buf,
			  unsigned long addr, unsigned int len)
{
	unsigned int used = patch_operands(type, buf, len);

	if (used <= len)
		return used;

	/*
	 * paravirt_patch_site() puts a template over the whole site only
	 * if that keeps the site's contract (its clobbers, inputs and
	 * result), and else in place of the site's call if it fits there.
	 */
	return paravirt_patch_templates(templates, ARRAY_SIZE(templates), type,
					clobbers, buf, addr, len);
}
