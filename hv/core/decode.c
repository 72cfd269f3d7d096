/*
 * x86 instruction decoder (32-bit protected mode) for trap-and-emulate
 *
 * decode_insn() reads prefixes, the opcode (one byte, 0F xx, 0F 38 xx,
 * 0F 3A xx), ModRM, SIB, displacement and immediates by the two opcode
 * tables below, checks the encodings the CPU would refuse with #UD, and
 * then names the instructions a hypervisor emulates (decode_ops.c).  The
 * host calls it from its #GP and #UD handlers with the bytes it fetched
 * at the guest's EIP (hv/core/decode.h); tests/unit/decode_test.c and
 * tests/fuzz/fuzz_decode.c run it on the host.  Intel SDM vol. 2, appendix
 * A (opcode map) and section 2.1 (instruction format) are the reference.
 * SPDX-License-Identifier: GPL-2.0
 */
#include "decode.h"

/*
 * Opcode attributes: what follows the opcode.  Low nibble: the kind of
 * immediate; A_MODRM: a ModRM byte (and maybe SIB and displacement);
 * A_UD: undefined in 32-bit mode; A_PREFIX: a prefix byte; A_ESC: 0F.
 */
enum {
	I_NONE,
	I_B,		/* imm8 */
	I_W,		/* imm16 */
	I_Z,		/* imm16 or imm32 by operand size */
	I_AP,		/* ptr16:16 or ptr16:32 */
	I_MOFFS,	/* moffs16 or moffs32 by address size */
	I_WB,		/* imm16, imm8 (ENTER) */
	I_GRP3,		/* F6 /0,/1: imm8; F7 /0,/1: immz */
	I_THREE,	/* 0F 38, 0F 3A: a third opcode byte */
};
#define A_MODRM		0x10
#define A_UD		0x20
#define A_PREFIX	0x40
#define A_ESC		0x80

#define _	I_NONE
#define B	I_B
#define W	I_W
#define Z	I_Z
#define M	A_MODRM
#define MB	(A_MODRM | I_B)
#define MZ	(A_MODRM | I_Z)
#define U	A_UD
#define P	A_PREFIX

static const u8 map1[256] = {
/*	 0   1   2   3   4   5   6   7   8   9   a   b   c   d   e   f */
/*0*/	 M,  M,  M,  M,  B,  Z,  _,  _,  M,  M,  M,  M,  B,  Z,  _, A_ESC,
/*1*/	 M,  M,  M,  M,  B,  Z,  _,  _,  M,  M,  M,  M,  B,  Z,  _,  _,
/*2*/	 M,  M,  M,  M,  B,  Z,  P,  _,  M,  M,  M,  M,  B,  Z,  P,  _,
/*3*/	 M,  M,  M,  M,  B,  Z,  P,  _,  M,  M,  M,  M,  B,  Z,  P,  _,
/*4*/	 _,  _,  _,  _,  _,  _,  _,  _,  _,  _,  _,  _,  _,  _,  _,  _,
/*5*/	 _,  _,  _,  _,  _,  _,  _,  _,  _,  _,  _,  _,  _,  _,  _,  _,
/*6*/	 _,  _,  M,  M,  P,  P,  P,  P,  Z, MZ,  B, MB,  _,  _,  _,  _,
/*7*/	 B,  B,  B,  B,  B,  B,  B,  B,  B,  B,  B,  B,  B,  B,  B,  B,
/*8*/	MB, MZ, MB, MB,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,
/*9*/	 _,  _,  _,  _,  _,  _,  _,  _,  _,  _, I_AP, _, _,  _,  _,  _,
/*a*/	I_MOFFS, I_MOFFS, I_MOFFS, I_MOFFS,
		     _,  _,  _,  _,  B,  Z,  _,  _,  _,  _,  _,  _,
/*b*/	 B,  B,  B,  B,  B,  B,  B,  B,  Z,  Z,  Z,  Z,  Z,  Z,  Z,  Z,
/*c*/	MB, MB,  W,  _,  M,  M, MB, MZ, I_WB, _, W,  _,  _,  B,  _,  _,
/*d*/	 M,  M,  M,  M,  B,  B,  _,  _,  M,  M,  M,  M,  M,  M,  M,  M,
/*e*/	 B,  B,  B,  B,  B,  B,  B,  B,  Z,  Z, I_AP, B, _,  _,  _,  _,
/*f*/	 P,  _,  P,  P,  _,  _, M | I_GRP3, M | I_GRP3,
			     _,  _,  _,  _,  _,  _,  M,  M,
};

static const u8 map2[256] = {
/*	 0   1   2   3   4   5   6   7   8   9   a   b   c   d   e   f */
/*0*/	 M,  M,  M,  M,  U,  _,  _,  _,  _,  _,  U,  U,  U,  M,  _, MB,
/*1*/	 M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,
/*2*/	 M,  M,  M,  M,  U,  U,  U,  U,  M,  M,  M,  M,  M,  M,  M,  M,
/*3*/	 _,  _,  _,  _,  _,  _,  U,  _, I_THREE, U, I_THREE, U, U, U, U, U,
/*4*/	 M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,
/*5*/	 M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,
/*6*/	 M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,
/*7*/	MB, MB, MB, MB,  M,  M,  M,  _,  M,  M,  U,  U,  M,  M,  M,  M,
/*8*/	 Z,  Z,  Z,  Z,  Z,  Z,  Z,  Z,  Z,  Z,  Z,  Z,  Z,  Z,  Z,  Z,
/*9*/	 M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,
/*a*/	 _,  _,  _,  M,  MB, M,  U,  U,  _,  _,  _,  M,  MB, M,  M,  M,
/*b*/	 M,  M,  M,  M,  M,  M,  M,  M,  M,  U, MB,  M,  M,  M,  M,  M,
/*c*/	 M,  M, MB,  M, MB, MB, MB,  M,  _,  _,  _,  _,  _,  _,  _,  _,
/*d*/	 M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,
/*e*/	 M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,
/*f*/	 M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  M,  U,
};

#undef _
#undef B
#undef W
#undef Z
#undef M
#undef MB
#undef MZ
#undef U
#undef P

/* The bytes being decoded: never read at or past avail. */
struct cursor {
	const u8 *buf;
	size_t avail;	/* at most INSN_MAX_LEN */
	size_t pos;
};

static int fetch(struct cursor *c, u8 *b)
{
	if (c->pos >= INSN_MAX_LEN)
		return DECODE_TOO_LONG;
	if (c->pos >= c->avail)
		return DECODE_TRUNCATED;
	*b = c->buf[c->pos++];
	return 0;
}

/* n (1, 2 or 4) bytes, little-endian. */
static int fetch_n(struct cursor *c, unsigned int n, u32 *v)
{
	unsigned int i;
	u8 b;
	int err;

	*v = 0;
	for (i = 0; i < n; i++) {
		err = fetch(c, &b);
		if (err)
			return err;
		*v |= (u32)b << (8 * i);
	}
	return 0;
}

static s32 sign_extend(u32 v, unsigned int bytes)
{
	if (bytes == 1)
		return (s8)v;
	if (bytes == 2)
		return (s16)v;
	return (s32)v;
}

/* Prefixes: any number, any order, until the opcode (the 15-byte rule). */
static int prefixes(struct cursor *c, struct insn *insn, u8 *opcode)
{
	static const s8 seg_of[8] = { SEG_ES, SEG_CS, SEG_SS, SEG_DS };
	int err;
	u8 b;

	for (;;) {
		err = fetch(c, &b);
		if (err)
			return err;
		if (!(map1[b] & A_PREFIX)) {
			*opcode = b;
			return 0;
		}
		switch (b) {
		case 0x66:
			insn->prefixes |= INSN_P_OPSIZE;
			insn->opsize = 2;
			break;
		case 0x67:
			insn->prefixes |= INSN_P_ADDRSIZE;
			insn->addrsize = 2;
			break;
		case 0xf0:
			insn->prefixes |= INSN_P_LOCK;
			break;
		case 0xf2:	/* the last of F2 and F3 counts */
			insn->prefixes = (insn->prefixes & ~INSN_P_REP) |
					 INSN_P_REPNE;
			break;
		case 0xf3:
			insn->prefixes = (insn->prefixes & ~INSN_P_REPNE) |
					 INSN_P_REP;
			break;
		case 0x64:
		case 0x65:
			insn->prefixes |= INSN_P_SEG;
			insn->seg = b == 0x64 ? SEG_FS : SEG_GS;
			break;
		default:	/* 26 2E 36 3E: ES CS SS DS */
			insn->prefixes |= INSN_P_SEG;
			insn->seg = seg_of[(b >> 3) & 3];
			break;
		}
	}
}

/* 16-bit addressing: [BX+SI], [BX+DI], [BP+SI], [BP+DI], [SI], [DI],
 * [BP] (disp16 alone with mod 0), [BX]. */
static void modrm16(struct insn *insn, unsigned int *disp_len)
{
	static const s8 base16[8] = { REG_EBX, REG_EBX, REG_EBP, REG_EBP,
				      REG_ESI, REG_EDI, REG_EBP, REG_EBX };
	static const s8 index16[8] = { REG_ESI, REG_EDI, REG_ESI, REG_EDI,
				       REG_NONE, REG_NONE, REG_NONE,
				       REG_NONE };

	insn->mem.base = base16[insn->rm];
	insn->mem.index = index16[insn->rm];
	*disp_len = insn->mod == 1 ? 1 : insn->mod == 2 ? 2 : 0;
	if (insn->mod == 0 && insn->rm == 6) {
		insn->mem.base = REG_NONE;
		*disp_len = 2;
	}
}

/* 32-bit addressing, with a SIB byte when rm is 4. */
static int modrm32(struct cursor *c, struct insn *insn,
		   unsigned int *disp_len)
{
	unsigned int base = insn->rm;
	int err;
	u8 sib;

	*disp_len = insn->mod == 1 ? 1 : insn->mod == 2 ? 4 : 0;
	if (insn->rm == 4) {
		err = fetch(c, &sib);
		if (err)
			return err;
		insn->mem.scale = 1 << (sib >> 6);
		if (((sib >> 3) & 7) != REG_ESP)
			insn->mem.index = (sib >> 3) & 7;
		base = sib & 7;
	}
	if (insn->mod == 0 && base == REG_EBP)
		*disp_len = 4;		/* disp32, no base */
	else
		insn->mem.base = base;
	return 0;
}

/* ModRM, SIB and displacement; a memory operand unless mod is 3. */
static int modrm(struct cursor *c, struct insn *insn, bool reg_only)
{
	unsigned int disp_len;
	u32 disp;
	int err;
	u8 b;

	err = fetch(c, &b);
	if (err)
		return err;
	insn->has_modrm = true;
	insn->mod = b >> 6;
	insn->reg = (b >> 3) & 7;
	insn->rm = b & 7;
	if (insn->mod == 3 || reg_only)
		return 0;

	insn->has_mem = true;
	if (insn->addrsize == 2)
		modrm16(insn, &disp_len);
	else if ((err = modrm32(c, insn, &disp_len)))
		return err;
	err = fetch_n(c, disp_len, &disp);
	if (err)
		return err;
	insn->mem.disp = sign_extend(disp, disp_len);
	return 0;
}

/* The immediate(s) of kind, after ModRM. */
static int immediate(struct cursor *c, struct insn *insn, unsigned int kind)
{
	u32 v;
	int err;

	switch (kind) {
	case I_GRP3:
		if (insn->reg > 1)
			return 0;
		kind = insn->opcode == 0xf6 ? I_B : I_Z;
		break;
	case I_AP:
		err = fetch_n(c, insn->opsize, &insn->far.off);
		if (err)
			return err;
		err = fetch_n(c, 2, &v);
		insn->far.sel = v;
		return err;
	case I_MOFFS:	/* a memory operand with no base */
		insn->has_mem = true;
		err = fetch_n(c, insn->addrsize, &v);
		insn->mem.disp = v;
		return err;
	case I_WB:
		err = fetch_n(c, 2, &insn->imm);
		insn->imm_len = 2;
		if (err)
			return err;
		err = fetch_n(c, 1, &v);
		insn->imm2 = v;
		return err;
	}
	insn->imm_len = kind == I_B ? 1 : kind == I_W ? 2 :
			kind == I_Z ? insn->opsize : 0;
	return fetch_n(c, insn->imm_len, &insn->imm);
}

/* Opcode bytes: one, 0F xx, or 0F 38 xx / 0F 3A xx; their attributes. */
static int opcode(struct cursor *c, struct insn *insn, u8 first, u8 *attr)
{
	int err;
	u8 b;

	insn->map = 1;
	insn->opcode = first;
	*attr = map1[first];
	if (!(*attr & A_ESC))
		return 0;
	err = fetch(c, &b);
	if (err)
		return err;
	insn->map = 2;
	insn->opcode = b;
	*attr = map2[b];
	if ((*attr & 0x0f) != I_THREE)
		return 0;
	insn->map = b == 0x38 ? 3 : 4;
	err = fetch(c, &insn->opcode);
	*attr = insn->map == 3 ? A_MODRM : (A_MODRM | I_B);
	return err;
}

int decode_insn(const u8 *buf, size_t avail, struct insn *insn)
{
	struct cursor c = { buf, avail < INSN_MAX_LEN ? avail : INSN_MAX_LEN,
			    0 };
	u8 first, attr;
	bool reg_only;
	int err;

	*insn = (struct insn){ .opsize = 4, .addrsize = 4, .seg = SEG_NONE,
			       .sreg = SEG_NONE,
			       .mem = { REG_NONE, REG_NONE, 1, SEG_NONE, 0 } };
	err = prefixes(&c, insn, &first);
	if (!err)
		err = opcode(&c, insn, first, &attr);
	if (err)
		return err;
	if (attr & A_UD)
		return DECODE_UD;
	/* MOV to and from CRn and DRn ignore mod: always registers. */
	reg_only = insn->map == 2 && (insn->opcode & 0xfc) == 0x20;
	if (attr & A_MODRM) {
		err = modrm(&c, insn, reg_only);
		if (err)
			return err;
	}
	err = immediate(&c, insn, attr & 0x0f);
	if (err)
		return err;
	insn->len = c.pos;
	if (insn->has_mem)
		insn->mem.seg = decode_mem_seg(insn);
	if (!decode_valid(insn))
		return DECODE_UD;
	decode_classify(insn);
	return DECODE_OK;
}

const char *decode_strerror(int err)
{
	switch (err) {
	case DECODE_OK:
		return "ok";
	case DECODE_TRUNCATED:
		return "truncated instruction";
	case DECODE_TOO_LONG:
		return "instruction longer than 15 bytes";
	case DECODE_UD:
		return "undefined instruction";
	}
	return "unknown decoder error";
}
