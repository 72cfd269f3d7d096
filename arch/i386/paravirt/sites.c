/*
 * Paravirt patching: what each op's call sites look like, and reading one
 *
 * The table here says, for every op with a patch site, the site's shape
 * (asm/paravirt.h, asm/paravirt_asm.h), how many arguments the op takes
 * and where its result goes.  paravirt_site_decode() reads a site against
 * its op's entry: where its "call *slot" is, whether the arguments are in
 * their registers when the site starts, where the result ends up.
 * apply.c checks every site with it before the backend sees it, and the
 * helpers of patch.c use it to place code without breaking the site.
 * Pure code over buffers: tests/unit compiles it on the host.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <asm/paravirt_patch.h>

#define OP_CALL		0xe8
#define OP_NOP		0x90
#define OP_PUSH_EAX	0x50	/* + register number */
#define OP_POP_EAX	0x58
#define OP_PUSH_IMM8	0x6a
#define OP_PUSH_IMM32	0x68
#define OP_GRP5		0xff	/* ff /2: call r/m32, ff /4: jmp r/m32 */
#define MODRM_ABS_CALL	0x15	/* mod 00, /2, rm 101: call *abs32 */
#define MODRM_ABS_JMP	0x25	/* mod 00, /4, rm 101: jmp *abs32 */
#define OP_MOV_RM	0x89	/* movl reg, r/m */
#define OP_JMP_SHORT	0xeb
#define MODRM_REGS	0xc0	/* mod 11: register to register */
#define PREFIX_CS	0x2e
#define PREFIX_DS	0x3e

#define REGS(n)		((n) >= 3 ? CLBR_ANY :				\
			 (n) == 2 ? CLBR_EAX | CLBR_EDX :		\
			 (n) == 1 ? CLBR_EAX : CLBR_NONE)
#define OP(o, s, n, r)	[PARAVIRT_PATCH(o)] = { PV_SHAPE_##s, n, r }
#define VOID_REGS(o, n)	OP(o, REGS, n, CLBR_NONE)
#define U32_REGS(o, n)	OP(o, REGS, n, CLBR_EAX)
#define U64		(CLBR_EAX | CLBR_EDX)

/* Every op with a site; the others (called directly) are PV_SHAPE_NONE. */
static const struct pv_op_info ops[PARAVIRT_NR_OPS] = {
	VOID_REGS(pv_cpu_ops.cpuid, 4),
	U32_REGS(pv_cpu_ops.get_debugreg, 1),
	VOID_REGS(pv_cpu_ops.set_debugreg, 2),
	VOID_REGS(pv_cpu_ops.clts, 0),
	U32_REGS(pv_cpu_ops.read_cr0, 0),
	VOID_REGS(pv_cpu_ops.write_cr0, 1),
	U32_REGS(pv_cpu_ops.read_cr4, 0),
	VOID_REGS(pv_cpu_ops.write_cr4, 1),
	VOID_REGS(pv_cpu_ops.wbinvd, 0),
	U32_REGS(pv_cpu_ops.read_msr, 2),
	U32_REGS(pv_cpu_ops.write_msr, 3),
	OP(pv_cpu_ops.read_tsc, REGS, 0, U64),
	OP(pv_cpu_ops.read_pmc, REGS, 1, U64),
	VOID_REGS(pv_cpu_ops.load_tr_desc, 0),
	VOID_REGS(pv_cpu_ops.load_gdt, 1),
	VOID_REGS(pv_cpu_ops.load_idt, 1),
	VOID_REGS(pv_cpu_ops.store_gdt, 1),
	VOID_REGS(pv_cpu_ops.store_idt, 1),
	VOID_REGS(pv_cpu_ops.set_ldt, 1),
	U32_REGS(pv_cpu_ops.store_tr, 0),
	U32_REGS(pv_cpu_ops.store_ldt, 0),
	OP(pv_cpu_ops.load_tls, OPERANDS, 2, CLBR_NONE),
	VOID_REGS(pv_cpu_ops.write_ldt_entry, 4),
	VOID_REGS(pv_cpu_ops.write_gdt_entry, 4),
	VOID_REGS(pv_cpu_ops.write_idt_entry, 4),
	OP(pv_cpu_ops.load_esp0, OPERANDS, 2, CLBR_NONE),
	VOID_REGS(pv_cpu_ops.set_iopl_mask, 1),
	VOID_REGS(pv_cpu_ops.io_delay, 0),
	OP(pv_cpu_ops.start_context_switch, OPERANDS, 1, CLBR_NONE),
	OP(pv_cpu_ops.end_context_switch, OPERANDS, 1, CLBR_NONE),
	OP(pv_cpu_ops.irq_enable_sysexit, JMP, 0, CLBR_NONE),
	OP(pv_cpu_ops.iret, JMP, 0, CLBR_NONE),
	OP(pv_irq_ops.save_fl, SAVE_FL, 0, CLBR_EAX),
	OP(pv_irq_ops.restore_fl, OPERANDS, 1, CLBR_NONE),
	VOID_REGS(pv_irq_ops.irq_disable, 0),
	VOID_REGS(pv_irq_ops.irq_enable, 0),
	VOID_REGS(pv_irq_ops.safe_halt, 0),
	VOID_REGS(pv_irq_ops.halt, 0),
	U32_REGS(pv_mmu_ops.read_cr2, 0),
	VOID_REGS(pv_mmu_ops.write_cr2, 1),
	U32_REGS(pv_mmu_ops.read_cr3, 0),
	VOID_REGS(pv_mmu_ops.write_cr3, 1),
	VOID_REGS(pv_mmu_ops.flush_tlb_user, 0),
	VOID_REGS(pv_mmu_ops.flush_tlb_kernel, 0),
	OP(pv_mmu_ops.flush_tlb_single, OPERANDS, 1, CLBR_NONE),
	OP(pv_mmu_ops.alloc_pt, OPERANDS, 1, CLBR_NONE),
	OP(pv_mmu_ops.release_pt, OPERANDS, 1, CLBR_NONE),
	OP(pv_mmu_ops.alloc_pd, OPERANDS, 4, CLBR_NONE),
	OP(pv_mmu_ops.release_pd, OPERANDS, 1, CLBR_NONE),
	OP(pv_mmu_ops.set_pte, THUNK, 2, CLBR_NONE),
	OP(pv_mmu_ops.set_pte_at, THUNK, 4, CLBR_NONE),
	OP(pv_mmu_ops.set_pmd, THUNK, 2, CLBR_NONE),
	OP(pv_mmu_ops.pte_update, OPERANDS, 3, CLBR_NONE),
	OP(pv_mmu_ops.pte_update_defer, OPERANDS, 3, CLBR_NONE),
	VOID_REGS(pv_mmu_ops.lazy_mode.enter, 0),
	VOID_REGS(pv_mmu_ops.lazy_mode.leave, 0),
};

const struct pv_op_info *paravirt_op_info(u8 type)
{
	static const struct pv_op_info none = { PV_SHAPE_NONE, 0, 0 };

	return type < PARAVIRT_NR_OPS ? &ops[type] : &none;
}

u8 paravirt_arg_regs(const struct pv_op_info *op)
{
	return REGS(op->nargs);
}

/* The live tables, in the order of struct paravirt_patch_template. */
#define GROUP(g)	{ &g, PARAVIRT_PATCH(g), sizeof(g) / sizeof(void *) }
static const struct {
	void *ops;
	unsigned int first, count;
} groups[] = {
	GROUP(pv_init_ops), GROUP(pv_time_ops), GROUP(pv_cpu_ops),
	GROUP(pv_irq_ops), GROUP(pv_mmu_ops), GROUP(pv_platform_ops),
};

void **paravirt_op_slot(u8 type)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(groups); i++)
		if (type >= groups[i].first &&
		    type < groups[i].first + groups[i].count)
			return (void **)groups[i].ops + type - groups[i].first;
	return NULL;
}

/* Is there an "ff <modrm> abs32" (call or jmp *abs32) at site + at? */
static bool abs_ind_at(const u8 *site, unsigned int len, unsigned int at,
		       u8 modrm)
{
	return at + 6 <= len && site[at] == OP_GRP5 && site[at + 1] == modrm;
}

static bool abs_call_at(const u8 *site, unsigned int len, unsigned int at)
{
	return abs_ind_at(site, len, at, MODRM_ABS_CALL);
}

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

/* The saves every operand site starts with, and its pops into EAX... */
static const u8 saves[] = { OP_PUSH_EAX + 0, OP_PUSH_EAX + 1, OP_PUSH_EAX + 2 };
static const u8 restores[] = { OP_POP_EAX + 2, OP_POP_EAX + 1, OP_POP_EAX + 0 };
static const u8 arg_pops[] = { OP_POP_EAX + 0, OP_POP_EAX + 2, OP_POP_EAX + 1 };

/* Operand site up to its call; returns the call's offset, or -1. */
static int operand_site(const u8 *site, unsigned int len,
			struct pv_site_arg *args, unsigned int n)
{
	unsigned int at = sizeof(saves), npops = n < 3 ? n : 3;

	if (n > 4 || len < at || memcmp(site, saves, sizeof(saves)) ||
	    decode_pushes(site, len, &at, args, n))
		return -1;
	if (at + npops > len || memcmp(site + at, arg_pops, npops) ||
	    !abs_call_at(site, len, at + npops))
		return -1;
	return at + npops;
}

/* Thunk site: the pushes and a direct call, nothing else. */
static int thunk_site(const u8 *site, unsigned int len,
		      struct pv_site_arg *args, unsigned int n)
{
	unsigned int at = 0;

	if (n > 4 || decode_pushes(site, len, &at, args, n) ||
	    at + 5 != len || site[at] != OP_CALL)
		return -1;
	return 0;
}

int paravirt_site_args(const u8 *site, unsigned int len,
		       struct pv_site_arg *args, unsigned int n)
{
	if (!thunk_site(site, len, args, n))
		return 0;
	return operand_site(site, len, args, n) < 0 ? -1 : 0;
}

/* save_fl: [saves] call [movl %eax, r/m] [restores]; returns the call. */
static int save_fl_site(const u8 *site, unsigned int len,
			struct pv_site_arg *res, unsigned int *pend)
{
	unsigned int at = 0, call, n;

	while (at < len && (site[at] & 0xf8) == OP_PUSH_EAX)
		at++;
	if (!abs_call_at(site, len, at))
		return -1;
	call = at;
	at += 6;
	res->kind = PV_ARG_REG;
	res->reg = 0;			/* no move: the result is in EAX */
	res->off = res->len = 0;
	/* movl %eax, r/m (89 /r with reg field EAX) */
	if (at + 2 <= len && site[at] == OP_MOV_RM && !(site[at + 1] & 0x38)) {
		if ((site[at + 1] & 0xc0) == MODRM_REGS) {
			res->reg = site[at + 1] & 7;
			at += 2;
		} else {
			n = mem_operand_len(site + at + 1, len - at - 1);
			if (!n)
				return -1;
			res->kind = PV_ARG_MEM;
			res->off = at + 1;
			res->len = n;
			at += 1 + n;
		}
	}
	*pend = at;
	return call;
}

int paravirt_site_result(const u8 *site, unsigned int len,
			 struct pv_site_arg *res)
{
	unsigned int end;

	return save_fl_site(site, len, res, &end) < 0 ? -1 : 0;
}

/* Is [at, len) one NOP instruction (prefixes on 0x90), or empty? */
static bool nop_room(const u8 *site, unsigned int at, unsigned int len)
{
	if (at == len)
		return true;
	while (at + 1 < len && site[at] == PREFIX_DS)
		at++;
	return at + 1 == len && site[at] == OP_NOP;
}

/* Are the pushes before the call undone, in reverse, right after it? */
static int pops_after(const u8 *site, unsigned int len, unsigned int call,
		      unsigned int after)
{
	unsigned int i, n = call;

	if (n && site[n - 1] == PREFIX_CS)
		n--;
	for (i = 0; i < n; i++)
		if ((site[i] & 0xf8) != OP_PUSH_EAX || (site[i] & 7) > 2 ||
		    after + n - i > len ||
		    site[after + n - 1 - i] != OP_POP_EAX + (site[i] & 7))
			return -1;
	return after + n;
}

/* Checks the site against its shape and notes where its call is. */
static int decode_call(const u8 *site, unsigned int len, void **slot,
		       u8 modrm, struct pv_site *s)
{
	unsigned int i;
	u32 want = (unsigned long)slot, got;

	for (i = 0; i + 6 <= len; i++) {
		memcpy(&got, site + i + 2, 4);
		if (abs_ind_at(site, len, i, modrm) && got == want)
			break;
	}
	if (i + 6 > len)
		return -1;
	s->call_off = i;
	s->call_len = 6;
	if (i && site[i - 1] == PREFIX_CS) {	/* entry.S: call *%cs:slot */
		s->call_off--;
		s->call_len++;
	}
	return i;
}

int paravirt_site_decode(u8 type, const u8 *site, unsigned int len,
			 struct pv_site *s)
{
	const struct pv_op_info *op = paravirt_op_info(type);
	void **slot = paravirt_op_slot(type);
	struct pv_site_arg args[4];
	unsigned int end;
	int at;

	memset(s, 0, sizeof(*s));
	s->op = op;
	s->result.kind = PV_ARG_REG;		/* EAX, EDX:EAX, or none */
	if (!slot || len > PV_MAX_SITE_LEN)
		return -1;
	switch (op->shape) {
	case PV_SHAPE_REGS:
		/* [pushes] [%cs:] call *slot [pops] [one NOP: room] */
		at = decode_call(site, len, slot, MODRM_ABS_CALL, s);
		if (at < 0 || (at = pops_after(site, len, at, at + 6)) < 0 ||
		    !nop_room(site, at, len))
			return -1;
		s->args_at_start = paravirt_arg_regs(op);
		return 0;
	case PV_SHAPE_OPERANDS:
		at = operand_site(site, len, args, op->nargs);
		if (at < 0 ||
		    decode_call(site, len, slot, MODRM_ABS_CALL, s) != at)
			return -1;
		at += 6;
		/* a fourth argument stays on the stack for the call */
		if (op->nargs == 4) {
			if (at >= len || site[at] != OP_POP_EAX + 2)
				return -1;
			at++;
		}
		if (at + sizeof(restores) > len ||
		    memcmp(site + at, restores, sizeof(restores)))
			return -1;
		at += sizeof(restores);
		/* load_tls: a short jump over the room for native code */
		if (at + 2 <= len && site[at] == OP_JMP_SHORT &&
		    at + 2 + site[at + 1] == len)
			return 0;
		return at == len ? 0 : -1;
	case PV_SHAPE_SAVE_FL:
		at = save_fl_site(site, len, &s->result, &end);
		if (at < 0 ||
		    decode_call(site, len, slot, MODRM_ABS_CALL, s) != at ||
		    pops_after(site, len, at, end) != (int)len)
			return -1;
		return 0;
	case PV_SHAPE_THUNK:
		return thunk_site(site, len, args, op->nargs);
	case PV_SHAPE_JMP:
		/* [%cs:] jmp *slot, alone */
		at = decode_call(site, len, slot, MODRM_ABS_JMP, s);
		if (at < 0 || s->call_off || !nop_room(site, at + 6, len))
			return -1;
		s->call_len = 0;	/* not a call: replaced as a whole */
		return 0;
	}
	return -1;
}
