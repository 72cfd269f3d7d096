/*
 * x86 instruction decoder (32-bit protected mode) for trap-and-emulate
 *
 * When a guest's instruction traps (#GP from IN/OUT or a privileged
 * instruction at CPL 1, #UD, and for the VMI host everything a booting
 * kernel runs before VMI_Init), the host fetches up to 15 bytes at the
 * guest's EIP, fewer at the end of a mapped page, and asks decode_insn()
 * what they are.  It never reads past the bytes it is given and never
 * guesses: a truncated, over-long or undefined (#UD) encoding is an
 * error, and the host reflects the fault or kills the guest.  Memory
 * operands come back as register numbers, for the host to compute the
 * address from the guest's registers and segments.  Pure code: built
 * into the hosts and, for tests/unit and tests/fuzz, into host programs.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef HV_DECODE_H
#define HV_DECODE_H

#include "types.h"

#define INSN_MAX_LEN	15

/* General registers, in the CPU's encoding (ModRM, SIB, opcode + r). */
enum { REG_EAX, REG_ECX, REG_EDX, REG_EBX, REG_ESP, REG_EBP, REG_ESI,
       REG_EDI, REG_NONE = -1 };

/* Segment registers, in the CPU's encoding (MOV Sreg, ModRM.reg). */
enum { SEG_ES, SEG_CS, SEG_SS, SEG_DS, SEG_FS, SEG_GS, SEG_NONE = -1 };

/* decode_insn()'s results: 0, or one of these (decode_strerror()). */
enum decode_err {
	DECODE_OK = 0,
	DECODE_TRUNCATED = -1,	/* needs more bytes than avail (< 15) */
	DECODE_TOO_LONG = -2,	/* longer than 15 bytes: #GP on a CPU */
	DECODE_UD = -3,		/* undefined encoding: #UD on a CPU */
};

/* What an instruction is, as far as a hypervisor cares. */
enum insn_op {
	OP_OTHER,	/* anything else; len is still right */
	OP_IN, OP_OUT,			/* E4-E7, EC-EF: io */
	OP_INS, OP_OUTS,		/* 6C-6F: io.size, rep */
	OP_CLI, OP_STI, OP_HLT,
	OP_PUSHF, OP_POPF, OP_IRET,	/* IRET: opsize 4 IRETD, 2 IRET */
	OP_INT, OP_INT3, OP_INTO, OP_INT1,	/* INT n: imm */
	OP_LGDT, OP_LIDT, OP_SGDT, OP_SIDT,	/* memory operand */
	OP_LLDT, OP_SLDT, OP_LTR, OP_STR,	/* r/m16 */
	OP_LMSW, OP_SMSW, OP_INVLPG, OP_VERR, OP_VERW,
	OP_MOV_FROM_CR, OP_MOV_TO_CR,	/* ctl = CRn, rm = the GPR */
	OP_MOV_FROM_DR, OP_MOV_TO_DR,	/* ctl = DRn, rm = the GPR */
	OP_CLTS, OP_INVD, OP_WBINVD,
	OP_WRMSR, OP_RDMSR, OP_RDTSC, OP_RDTSCP, OP_RDPMC, OP_CPUID,
	OP_SYSENTER, OP_SYSEXIT,
	OP_JMP_FAR, OP_CALL_FAR,	/* EA/9A: far; FF /5, /3: mem */
	OP_RETF,			/* CB, CA iw: imm = bytes to pop */
	OP_MOV_TO_SREG, OP_MOV_FROM_SREG,	/* 8E, 8C: sreg, r/m */
	OP_POP_SREG, OP_PUSH_SREG,	/* sreg */
	OP_LSS, OP_LDS, OP_LES, OP_LFS, OP_LGS,	/* sreg, reg <- mem */
	OP_NR
};

/* Prefix bits, in insn.prefixes. */
#define INSN_P_OPSIZE	0x01	/* 66 */
#define INSN_P_ADDRSIZE	0x02	/* 67 */
#define INSN_P_LOCK	0x04	/* F0 */
#define INSN_P_REP	0x08	/* F3 (REP, REPE) */
#define INSN_P_REPNE	0x10	/* F2 */
#define INSN_P_SEG	0x20	/* a segment override: insn.seg */

/* A memory operand: base + index * scale + disp in segment seg. */
struct insn_mem {
	s8 base;	/* REG_*, or REG_NONE */
	s8 index;	/* REG_*, or REG_NONE */
	u8 scale;	/* 1, 2, 4 or 8 */
	s8 seg;		/* effective segment: the override or the default */
	s32 disp;	/* sign-extended; 16-bit addressing: wrap the sum */
};

struct insn {
	u8 len;		/* bytes, 1..15 */
	u8 op;		/* enum insn_op */
	u8 opsize;	/* operand size: 2 or 4 (66 prefix) */
	u8 addrsize;	/* address size: 2 or 4 (67 prefix) */
	u8 prefixes;	/* INSN_P_* */
	s8 seg;		/* segment override SEG_*, or SEG_NONE */
	u8 map;		/* opcode map: 1 one-byte, 2 0F xx, 3 0F 38, 4 0F 3A */
	u8 opcode;	/* the opcode byte in that map */
	bool has_modrm;
	u8 mod, reg, rm;	/* ModRM fields, if has_modrm */
	bool has_mem;	/* a memory operand (mod != 3, or moffs A0-A3) */
	struct insn_mem mem;
	u8 imm_len;	/* 0, 1, 2 or 4 bytes of immediate */
	u32 imm;	/* as encoded, zero-extended (ENTER: the iw) */
	u8 imm2;	/* ENTER's second immediate (ib) */
	u8 ctl;		/* CRn / DRn number (MOV CR/DR), = reg */
	s8 sreg;	/* segment register loaded or stored, or SEG_NONE */
	struct {
		u8 size;	/* 1, 2 or 4 bytes per transfer */
		bool dx;	/* port in DX; else port below */
		u8 port;	/* the imm8 port */
	} io;		/* OP_IN, OP_OUT, OP_INS, OP_OUTS */
	struct {
		u16 sel;
		u32 off;	/* 16 bits when opsize is 2 */
	} far;		/* EA and 9A (ptr16:32); FF /3, /5 use mem */
};

/*
 * Decodes the instruction at buf, of which avail bytes may be read
 * (avail > 15 is treated as 15).  Returns DECODE_OK with *insn filled,
 * or a negative enum decode_err; *insn is then undefined.
 */
int decode_insn(const u8 *buf, size_t avail, struct insn *insn);

/* "lgdt", "mov to cr", ... for messages; "?" for an unknown op. */
const char *decode_name(unsigned int op);

/* "truncated", ... for messages. */
const char *decode_strerror(int err);

/* decode_ops.c, for decode.c: after the bytes are read. */
s8 decode_mem_seg(const struct insn *insn);
bool decode_valid(const struct insn *insn);
void decode_classify(struct insn *insn);

#endif /* HV_DECODE_H */
