/*
 * x86 instruction decoder: valid encodings and instruction names
 *
 * The second half of decode_insn() (hv/core/decode.c): once the bytes of
 * an instruction are read, decode_valid() refuses what the CPU would
 * refuse with #UD although the opcode tables let it through (LOCK on
 * the wrong instruction, a register where memory is required, an
 * undefined ModRM.reg), and decode_classify() names the instructions a
 * hypervisor emulates, with their ports, selectors and registers.
 * SPDX-License-Identifier: GPL-2.0
 */
#include "decode.h"

/* The segment of the memory operand: the override, else SS for a
 * base of ESP or EBP (BP in 16-bit forms), else DS. */
s8 decode_mem_seg(const struct insn *insn)
{
	if (insn->seg != SEG_NONE)
		return insn->seg;
	if (insn->mem.base == REG_ESP || insn->mem.base == REG_EBP)
		return SEG_SS;
	return SEG_DS;
}

/* May this instruction carry LOCK?  Read-modify-write to memory only. */
static bool lockable(const struct insn *insn)
{
	u8 op = insn->opcode;

	if (!insn->has_mem || !insn->has_modrm)
		return false;
	if (insn->map == 1) {
		if (op < 0x40 && (op & 7) < 2)	/* add..cmp r/m, r */
			return (op & 0x38) != 0x38;	/* not cmp */
		if (op >= 0x80 && op <= 0x83)
			return insn->reg != 7;
		if (op == 0x86 || op == 0x87)
			return true;
		if (op == 0xf6 || op == 0xf7)
			return insn->reg == 2 || insn->reg == 3;
		if (op == 0xfe || op == 0xff)
			return insn->reg < 2;
		return false;
	}
	if (insn->map != 2)
		return false;
	switch (op) {
	case 0xab: case 0xb3: case 0xbb:	/* bts btr btc */
	case 0xb0: case 0xb1: case 0xc0: case 0xc1:	/* cmpxchg xadd */
		return true;
	case 0xba:
		return insn->reg >= 5;		/* bts btr btc imm8 */
	case 0xc7:
		return insn->reg == 1;		/* cmpxchg8b */
	}
	return false;
}

/* One-byte opcodes whose ModRM must name memory, or a defined /reg. */
static bool valid_map1(const struct insn *insn)
{
	switch (insn->opcode) {
	/*
	 * bound, lea, les, lds.  With a register, 62, C4 and C5 are the
	 * EVEX and VEX prefixes of AVX, which the hosts never enable.
	 */
	case 0x62: case 0x8d: case 0xc4: case 0xc5:
		return insn->has_mem;
	case 0x8c:
		return insn->reg <= SEG_GS;
	case 0x8e:	/* mov to CS is undefined */
		return insn->reg <= SEG_GS && insn->reg != SEG_CS;
	case 0x8f: case 0xc6: case 0xc7:
		return insn->reg == 0;
	case 0xfe:
		return insn->reg < 2;
	case 0xff:
		if (insn->reg == 3 || insn->reg == 5)	/* far: m16:32 */
			return insn->has_mem;
		return insn->reg != 7;
	}
	return true;
}

static bool valid_map2(const struct insn *insn)
{
	switch (insn->opcode) {
	case 0x00:
		return insn->reg < 6;
	case 0x01:
		if (insn->has_mem)
			return insn->reg != 5;
		return insn->reg != 7 || insn->rm != 0;	/* swapgs */
	case 0x20: case 0x22:	/* CR0, CR2, CR3, CR4 */
		return insn->reg != 1 && insn->reg < 5;
	case 0xb2: case 0xb4: case 0xb5:	/* lss lfs lgs */
		return insn->has_mem;
	case 0xc7:
		return insn->reg != 1 || insn->has_mem;
	}
	return true;
}

/* The encodings the tables let through that a CPU refuses with #UD. */
bool decode_valid(const struct insn *insn)
{
	if ((insn->prefixes & INSN_P_LOCK) && !lockable(insn))
		return false;
	if (insn->map == 1)
		return valid_map1(insn);
	if (insn->map == 2)
		return valid_map2(insn);
	return true;
}

/* IN, OUT, INS, OUTS: the port, and 1 or opsize bytes per transfer. */
static void classify_io(struct insn *insn)
{
	u8 op = insn->opcode;

	insn->io.size = (op & 1) ? insn->opsize : 1;
	if (op >= 0x6c && op <= 0x6f) {
		insn->op = op < 0x6e ? OP_INS : OP_OUTS;
		insn->io.dx = true;
		return;
	}
	insn->op = (op & 2) ? OP_OUT : OP_IN;
	insn->io.dx = op >= 0xec;
	if (!insn->io.dx)
		insn->io.port = insn->imm;
}

static void classify_map1(struct insn *insn)
{
	static const u8 simple[][2] = {
		{ 0xfa, OP_CLI }, { 0xfb, OP_STI }, { 0xf4, OP_HLT },
		{ 0x9c, OP_PUSHF }, { 0x9d, OP_POPF }, { 0xcf, OP_IRET },
		{ 0xcd, OP_INT }, { 0xcc, OP_INT3 }, { 0xce, OP_INTO },
		{ 0xf1, OP_INT1 }, { 0xea, OP_JMP_FAR }, { 0x9a, OP_CALL_FAR },
		{ 0xca, OP_RETF }, { 0xcb, OP_RETF },
		{ 0x8e, OP_MOV_TO_SREG }, { 0x8c, OP_MOV_FROM_SREG },
		{ 0xc4, OP_LES }, { 0xc5, OP_LDS },
	};
	u8 op = insn->opcode;
	unsigned int i;

	if ((op >= 0xe4 && op <= 0xe7) || (op >= 0xec && op <= 0xef) ||
	    (op >= 0x6c && op <= 0x6f)) {
		classify_io(insn);
		return;
	}
	if (op < 0x20 && (op & 6) == 6 && op != 0x0f) {	/* push/pop sreg */
		insn->op = (op & 1) ? OP_POP_SREG : OP_PUSH_SREG;
		insn->sreg = op >> 3;
		return;
	}
	if (op == 0xff && (insn->reg == 3 || insn->reg == 5)) {
		insn->op = insn->reg == 3 ? OP_CALL_FAR : OP_JMP_FAR;
		return;
	}
	for (i = 0; i < ARRAY_SIZE(simple); i++)
		if (simple[i][0] == op)
			insn->op = simple[i][1];
	if (op == 0x8c || op == 0x8e)
		insn->sreg = insn->reg;
	else if (op == 0xc4 || op == 0xc5)
		insn->sreg = op == 0xc4 ? SEG_ES : SEG_DS;
}

/* 0F 00 and 0F 01: the system groups, by ModRM.reg (and rm). */
static void classify_groups(struct insn *insn)
{
	static const u8 grp6[8] = { OP_SLDT, OP_STR, OP_LLDT, OP_LTR,
				    OP_VERR, OP_VERW };
	static const u8 grp7[8] = { OP_SGDT, OP_SIDT, OP_LGDT, OP_LIDT,
				    OP_SMSW, OP_OTHER, OP_LMSW, OP_INVLPG };

	if (insn->opcode == 0x00) {
		insn->op = grp6[insn->reg];
		return;
	}
	if (insn->has_mem)
		insn->op = grp7[insn->reg];
	else if (insn->reg == 4 || insn->reg == 6)
		insn->op = grp7[insn->reg];
	else if (insn->reg == 7 && insn->rm == 1)
		insn->op = OP_RDTSCP;
}

static void classify_map2(struct insn *insn)
{
	static const u8 simple[][2] = {
		{ 0x06, OP_CLTS }, { 0x08, OP_INVD }, { 0x09, OP_WBINVD },
		{ 0x30, OP_WRMSR }, { 0x31, OP_RDTSC }, { 0x32, OP_RDMSR },
		{ 0x33, OP_RDPMC }, { 0xa2, OP_CPUID }, { 0x34, OP_SYSENTER },
		{ 0x35, OP_SYSEXIT }, { 0x20, OP_MOV_FROM_CR },
		{ 0x22, OP_MOV_TO_CR }, { 0x21, OP_MOV_FROM_DR },
		{ 0x23, OP_MOV_TO_DR }, { 0xb2, OP_LSS }, { 0xb4, OP_LFS },
		{ 0xb5, OP_LGS }, { 0xa0, OP_PUSH_SREG }, { 0xa8, OP_PUSH_SREG },
		{ 0xa1, OP_POP_SREG }, { 0xa9, OP_POP_SREG },
	};
	static const s8 sreg_of[] = { [0xa0 & 0x1f] = SEG_FS,
		[0xa1 & 0x1f] = SEG_FS, [0xa8 & 0x1f] = SEG_GS,
		[0xa9 & 0x1f] = SEG_GS, [0xb2 & 0x1f] = SEG_SS,
		[0xb4 & 0x1f] = SEG_FS, [0xb5 & 0x1f] = SEG_GS };
	u8 op = insn->opcode;
	unsigned int i;

	if (op <= 0x01) {
		classify_groups(insn);
		return;
	}
	for (i = 0; i < ARRAY_SIZE(simple); i++)
		if (simple[i][0] == op)
			insn->op = simple[i][1];
	if ((op & 0xfc) == 0x20)
		insn->ctl = insn->reg;
	else if (insn->op >= OP_POP_SREG)	/* the sreg ops, last */
		insn->sreg = sreg_of[op & 0x1f];
}

/* Names the instruction, once it is known to be valid. */
void decode_classify(struct insn *insn)
{
	if (insn->map == 1)
		classify_map1(insn);
	else if (insn->map == 2)
		classify_map2(insn);
}

const char *decode_name(unsigned int op)
{
	static const char *const names[OP_NR] = {
		[OP_OTHER] = "other", [OP_IN] = "in", [OP_OUT] = "out",
		[OP_INS] = "ins", [OP_OUTS] = "outs", [OP_CLI] = "cli",
		[OP_STI] = "sti", [OP_HLT] = "hlt", [OP_PUSHF] = "pushf",
		[OP_POPF] = "popf", [OP_IRET] = "iret", [OP_INT] = "int",
		[OP_INT3] = "int3", [OP_INTO] = "into", [OP_INT1] = "int1",
		[OP_LGDT] = "lgdt", [OP_LIDT] = "lidt", [OP_SGDT] = "sgdt",
		[OP_SIDT] = "sidt", [OP_LLDT] = "lldt", [OP_SLDT] = "sldt",
		[OP_LTR] = "ltr", [OP_STR] = "str", [OP_LMSW] = "lmsw",
		[OP_SMSW] = "smsw", [OP_INVLPG] = "invlpg",
		[OP_VERR] = "verr", [OP_VERW] = "verw",
		[OP_MOV_FROM_CR] = "mov from cr", [OP_MOV_TO_CR] = "mov to cr",
		[OP_MOV_FROM_DR] = "mov from dr", [OP_MOV_TO_DR] = "mov to dr",
		[OP_CLTS] = "clts", [OP_INVD] = "invd",
		[OP_WBINVD] = "wbinvd", [OP_WRMSR] = "wrmsr",
		[OP_RDMSR] = "rdmsr", [OP_RDTSC] = "rdtsc",
		[OP_RDTSCP] = "rdtscp", [OP_RDPMC] = "rdpmc",
		[OP_CPUID] = "cpuid", [OP_SYSENTER] = "sysenter",
		[OP_SYSEXIT] = "sysexit", [OP_JMP_FAR] = "far jmp",
		[OP_CALL_FAR] = "far call", [OP_RETF] = "retf",
		[OP_MOV_TO_SREG] = "mov to sreg",
		[OP_MOV_FROM_SREG] = "mov from sreg",
		[OP_POP_SREG] = "pop sreg", [OP_PUSH_SREG] = "push sreg",
		[OP_LSS] = "lss", [OP_LDS] = "lds", [OP_LES] = "les",
		[OP_LFS] = "lfs", [OP_LGS] = "lgs",
	};

	return op < OP_NR && names[op] ? names[op] : "?";
}
