/*
 * Instruction decoder (hv/core/decode.c) host unit test
 *
 * Built by tests/unit/Makefile with hv/core/decode.c, decode_ops.c and
 * hv_decode_insns.S; run by tests/unit/hv_decode.t.  Three kinds of
 * expectation, none taken from the decoder: lengths and names of the
 * instructions gas assembled in hv_decode_insns.S (each also decoded
 * from an exact heap buffer, so ASan fails a read past it, and from
 * every shorter prefix, which must be "truncated"); operand fields of
 * hand-encoded bytes, worked out from the Intel SDM's tables; and the
 * encodings a CPU refuses (#UD, over 15 bytes).
 * SPDX-License-Identifier: GPL-2.0
 */
#include <stdio.h>
#include <string.h>
#include "hv/core/decode.h"
#include "tap.h"

struct gas_case {
	const char *name;
	const u8 *start, *end;
};
extern const struct gas_case __start_hv_decode_cases[];
extern const struct gas_case __stop_hv_decode_cases[];

/* Decodes bytes[0..n) from a heap buffer of exactly avail bytes. */
static int decode_exact(const u8 *bytes, size_t avail, struct insn *insn)
{
	u8 *buf = host_malloc(avail ? avail : 1);
	int err;

	memcpy(buf, bytes, avail);
	err = decode_insn(buf, avail, insn);
	host_free(buf);
	return err;
}

static void hex(char *out, const u8 *b, size_t n)
{
	size_t i;

	out[0] = '\0';
	for (i = 0; i < n && i < 16; i++)
		sprintf(out + 3 * i, "%02x ", b[i]);
}

/* Every instruction gas assembled: its length, its name, its prefixes. */
static void test_gas(void)
{
	const struct gas_case *c;
	struct insn insn;
	char bytes[64];
	size_t len, n;
	int err, bad_trunc;

	for (c = __start_hv_decode_cases; c < __stop_hv_decode_cases; c++) {
		len = c->end - c->start;
		hex(bytes, c->start, len);
		err = decode_exact(c->start, len, &insn);
		if (!is_int(err, DECODE_OK, "%s: %sdecodes", c->name, bytes))
			continue;
		is_int(insn.len, len, "%s: %sis %zu bytes", c->name, bytes,
		       len);
		is_str(decode_name(insn.op), c->name, "%s: %sis named",
		       c->name, bytes);
		bad_trunc = 0;
		for (n = 0; n < len; n++)
			if (decode_exact(c->start, n, &insn) !=
			    DECODE_TRUNCATED)
				bad_trunc++;
		is_int(bad_trunc, 0, "%s: %severy shorter prefix truncated",
		       c->name, bytes);
	}
}

/* One hand-encoded instruction and what the SDM says it is. */
#define BYTES(...)	(const u8[]){ __VA_ARGS__ }, sizeof((u8[]){ __VA_ARGS__ })

static int decode_ok(const u8 *b, size_t n, struct insn *insn,
		     const char *what)
{
	int err = decode_exact(b, n, insn);

	return is_int(err, DECODE_OK, "%s decodes", what) &&
	       is_int(insn->len, n, "%s: length", what);
}

static void test_io(void)
{
	struct insn i;

	if (decode_ok(BYTES(0xe4, 0x60), &i, "in al, 0x60")) {
		is_int(i.op, OP_IN, "in al, 0x60: in");
		ok(!i.io.dx && i.io.port == 0x60 && i.io.size == 1,
		   "in al, 0x60: port 0x60, 1 byte");
	}
	if (decode_ok(BYTES(0x66, 0xed), &i, "in ax, dx"))
		ok(i.op == OP_IN && i.io.dx && i.io.size == 2 &&
		   i.opsize == 2, "in ax, dx: port in dx, 2 bytes");
	if (decode_ok(BYTES(0xef), &i, "out dx, eax"))
		ok(i.op == OP_OUT && i.io.dx && i.io.size == 4,
		   "out dx, eax: port in dx, 4 bytes");
	if (decode_ok(BYTES(0xe6, 0x80), &i, "out 0x80, al"))
		ok(i.op == OP_OUT && !i.io.dx && i.io.port == 0x80 &&
		   i.io.size == 1, "out 0x80, al: port 0x80, 1 byte");
	if (decode_ok(BYTES(0xf3, 0x6d), &i, "rep insd"))
		ok(i.op == OP_INS && i.io.size == 4 &&
		   (i.prefixes & INSN_P_REP), "rep insd: 4 bytes, rep");
	if (decode_ok(BYTES(0x64, 0xf3, 0x6e), &i, "rep outsb fs:"))
		ok(i.op == OP_OUTS && i.io.size == 1 && i.seg == SEG_FS &&
		   (i.prefixes & (INSN_P_REP | INSN_P_SEG)) ==
		   (INSN_P_REP | INSN_P_SEG), "rep outsb fs: override, rep");
}

static void test_memory_operands(void)
{
	struct insn i;

	/* 0F 01 /2, mod 00 rm 101: disp32 alone. */
	if (decode_ok(BYTES(0x0f, 0x01, 0x15, 0x78, 0x56, 0x34, 0x12), &i,
		      "lgdt [0x12345678]"))
		ok(i.op == OP_LGDT && i.has_mem && i.mem.base == REG_NONE &&
		   i.mem.index == REG_NONE && i.mem.disp == 0x12345678 &&
		   i.mem.seg == SEG_DS, "lgdt [0x12345678]: disp32, ds");
	/* 0F 01 /3, mod 01 rm 100, SIB 10 001 101: [ebp + ecx*4 + 0x10]. */
	if (decode_ok(BYTES(0x0f, 0x01, 0x5c, 0x8d, 0x10), &i,
		      "lidt [ebp+ecx*4+0x10]"))
		ok(i.op == OP_LIDT && i.mem.base == REG_EBP &&
		   i.mem.index == REG_ECX && i.mem.scale == 4 &&
		   i.mem.disp == 0x10 && i.mem.seg == SEG_SS,
		   "lidt [ebp+ecx*4+0x10]: base, index, scale, ss");
	/* SIB 00 100 100: [esp], no index. */
	if (decode_ok(BYTES(0x0f, 0x01, 0x3c, 0x24), &i, "invlpg [esp]"))
		ok(i.op == OP_INVLPG && i.mem.base == REG_ESP &&
		   i.mem.index == REG_NONE && i.mem.seg == SEG_SS,
		   "invlpg [esp]: base esp, no index, ss");
	/* mod 00, SIB base 101: no base, disp32; index edi * 8. */
	if (decode_ok(BYTES(0x0f, 0x01, 0x3c, 0xfd, 0x00, 0x10, 0, 0), &i,
		      "invlpg [edi*8+0x1000]"))
		ok(i.mem.base == REG_NONE && i.mem.index == REG_EDI &&
		   i.mem.scale == 8 && i.mem.disp == 0x1000,
		   "invlpg [edi*8+0x1000]: no base");
	if (decode_ok(BYTES(0x8b, 0x44, 0x24, 0xfc), &i, "mov eax, [esp-4]"))
		ok(i.mem.base == REG_ESP && i.mem.disp == -4,
		   "mov eax, [esp-4]: disp8 sign-extended");
	if (decode_ok(BYTES(0x65, 0x8b, 0x45, 0x00), &i, "mov eax, gs:[ebp]"))
		ok(i.mem.seg == SEG_GS && i.seg == SEG_GS,
		   "mov eax, gs:[ebp]: the override beats ss");
	/* 16-bit addressing (67): mod 00 rm 000 [bx+si]; rm 110 disp16. */
	if (decode_ok(BYTES(0x67, 0x8b, 0x00), &i, "mov eax, [bx+si]"))
		ok(i.addrsize == 2 && i.mem.base == REG_EBX &&
		   i.mem.index == REG_ESI, "mov eax, [bx+si]: bx and si");
	if (decode_ok(BYTES(0x67, 0x8b, 0x06, 0x34, 0x12), &i,
		      "mov eax, [0x1234] (16-bit)"))
		ok(i.mem.base == REG_NONE && i.mem.disp == 0x1234,
		   "mov eax, [0x1234]: disp16 alone");
	if (decode_ok(BYTES(0x67, 0x8b, 0x46, 0xfe), &i, "mov eax, [bp-2]"))
		ok(i.mem.base == REG_EBP && i.mem.disp == -2 &&
		   i.mem.seg == SEG_SS, "mov eax, [bp-2]: bp, ss");
	if (decode_ok(BYTES(0xa1, 0x44, 0x33, 0x22, 0x11), &i,
		      "mov eax, [moffs32]"))
		ok(i.has_mem && i.mem.base == REG_NONE &&
		   i.mem.disp == 0x11223344, "mov eax, [moffs32]: the moffs");
}

static void test_system(void)
{
	struct insn i;

	if (decode_ok(BYTES(0x0f, 0x22, 0xd8), &i, "mov cr3, eax"))
		ok(i.op == OP_MOV_TO_CR && i.ctl == 3 && i.rm == REG_EAX,
		   "mov cr3, eax: cr3 from eax");
	/* CR moves ignore mod: no displacement follows 0F 20 05. */
	if (decode_ok(BYTES(0x0f, 0x20, 0x05), &i, "mov ebp, cr0 (mod 00)"))
		ok(i.op == OP_MOV_FROM_CR && i.ctl == 0 && i.rm == REG_EBP &&
		   !i.has_mem, "mov ebp, cr0 (mod 00): a register");
	if (decode_ok(BYTES(0x0f, 0x23, 0xfe), &i, "mov dr7, esi"))
		ok(i.op == OP_MOV_TO_DR && i.ctl == 7 && i.rm == REG_ESI,
		   "mov dr7, esi");
	if (decode_ok(BYTES(0xea, 0x78, 0x56, 0x34, 0x12, 0x10, 0x00), &i,
		      "jmp 0x10:0x12345678"))
		ok(i.op == OP_JMP_FAR && i.far.sel == 0x10 &&
		   i.far.off == 0x12345678, "jmp 0x10:0x12345678: sel:off");
	if (decode_ok(BYTES(0x66, 0x9a, 0x34, 0x12, 0x08, 0x00), &i,
		      "call 0x8:0x1234 (o16)"))
		ok(i.op == OP_CALL_FAR && i.far.sel == 8 &&
		   i.far.off == 0x1234, "call 0x8:0x1234: 16-bit offset");
	if (decode_ok(BYTES(0xff, 0x2d, 0x00, 0x10, 0x00, 0x00), &i,
		      "jmp far [0x1000]"))
		ok(i.op == OP_JMP_FAR && i.has_mem && i.mem.disp == 0x1000,
		   "jmp far [0x1000]: m16:32");
	if (decode_ok(BYTES(0x8e, 0xd8), &i, "mov ds, eax"))
		ok(i.op == OP_MOV_TO_SREG && i.sreg == SEG_DS &&
		   i.rm == REG_EAX, "mov ds, eax: sreg ds");
	if (decode_ok(BYTES(0x0f, 0xb2, 0x20), &i, "lss esp, [eax]"))
		ok(i.op == OP_LSS && i.sreg == SEG_SS && i.reg == REG_ESP &&
		   i.mem.base == REG_EAX, "lss esp, [eax]");
	if (decode_ok(BYTES(0x0f, 0xa1), &i, "pop fs"))
		ok(i.op == OP_POP_SREG && i.sreg == SEG_FS, "pop fs");
	if (decode_ok(BYTES(0x0e), &i, "push cs"))
		ok(i.op == OP_PUSH_SREG && i.sreg == SEG_CS, "push cs");
	if (decode_ok(BYTES(0xcd, 0x1f), &i, "int 0x1f"))
		ok(i.op == OP_INT && i.imm == 0x1f, "int 0x1f: vector");
	if (decode_ok(BYTES(0xca, 0x08, 0x00), &i, "retf 8"))
		ok(i.op == OP_RETF && i.imm == 8 && i.imm_len == 2, "retf 8");
	if (decode_ok(BYTES(0x66, 0xb8, 0x34, 0x12), &i, "mov ax, 0x1234"))
		ok(i.opsize == 2 && i.imm == 0x1234 && i.imm_len == 2,
		   "mov ax, 0x1234: imm16");
	if (decode_ok(BYTES(0x0f, 0x01, 0xe0), &i, "smsw eax"))
		ok(i.op == OP_SMSW && !i.has_mem, "smsw eax: register form");
}

/* What a CPU refuses, and what does not fit in avail or 15 bytes. */
static void test_refused(void)
{
	static const struct {
		u8 b[4];
		u8 n;
		const char *what;
	} ud[] = {
		{ { 0x0f, 0x0b }, 2, "ud2" },
		{ { 0x0f, 0xff, 0xc0 }, 3, "ud0" },
		{ { 0xff, 0xf8 }, 2, "ff /7" },
		{ { 0xff, 0xe8 }, 2, "jmp far with a register (ff /5)" },
		{ { 0xff, 0xd8 }, 2, "call far with a register (ff /3)" },
		{ { 0x8d, 0xc0 }, 2, "lea with a register" },
		{ { 0xc4, 0xc0 }, 2, "les with a register (VEX: no AVX)" },
		{ { 0x0f, 0xb2, 0xc0 }, 3, "lss with a register" },
		{ { 0x8e, 0xc8 }, 2, "mov cs, eax" },
		{ { 0x8e, 0xf0 }, 2, "mov to sreg 6" },
		{ { 0x8c, 0xf8 }, 2, "mov from sreg 7" },
		{ { 0x0f, 0x22, 0xc8 }, 3, "mov cr1, eax" },
		{ { 0x0f, 0x20, 0xe8 }, 3, "mov eax, cr5" },
		{ { 0x0f, 0x00, 0xf0 }, 3, "0f 00 /6" },
		{ { 0x0f, 0x01, 0x28 }, 3, "0f 01 /5 with memory" },
		{ { 0x0f, 0x01, 0xf8 }, 3, "swapgs" },
		{ { 0xf0, 0xfa }, 2, "lock cli" },
		{ { 0xf0, 0x01, 0xc0 }, 3, "lock add eax, eax" },
		{ { 0xf0, 0x0f, 0x22, 0xc0 }, 4, "lock mov cr0, eax" },
		{ { 0xf0, 0x39, 0x00 }, 3, "lock cmp" },
		{ { 0xfe, 0x10 }, 2, "fe /2" },
		{ { 0x8f, 0x08 }, 2, "8f /1" },
	};
	u8 buf[32];
	struct insn i;
	unsigned int k;

	for (k = 0; k < ARRAY_SIZE(ud); k++)
		is_int(decode_exact(ud[k].b, ud[k].n, &i), DECODE_UD,
		       "%s: undefined", ud[k].what);
	ok(decode_exact(BYTES(0xf0, 0x01, 0x00), &i) == DECODE_OK,
	   "lock add [eax], eax: allowed");

	memset(buf, 0x66, sizeof(buf));
	buf[14] = 0x90;
	ok(decode_exact(buf, 15, &i) == DECODE_OK && i.len == 15,
	   "14 prefixes and nop: 15 bytes, allowed");
	buf[14] = 0x66;
	buf[15] = 0x90;
	is_int(decode_exact(buf, 16, &i), DECODE_TOO_LONG,
	       "15 prefixes and nop: too long");
	buf[14] = 0x90;
	buf[13] = 0xb8;		/* mov eax, imm: 13 + 5 bytes */
	is_int(decode_exact(buf, 32, &i), DECODE_TOO_LONG,
	       "13 prefixes and mov eax, imm32: too long");
	is_int(decode_exact(buf, 14, &i), DECODE_TRUNCATED,
	       "the same with 14 bytes available: truncated");
	is_int(decode_exact(buf, 0, &i), DECODE_TRUNCATED,
	       "nothing available: truncated");
	is_str(decode_strerror(DECODE_UD), "undefined instruction",
	       "decode_strerror(DECODE_UD)");
	is_str(decode_name(OP_NR), "?", "decode_name(OP_NR) is \"?\"");
}

int main(void)
{
	test_gas();
	test_io();
	test_memory_operands();
	test_system();
	test_refused();
	return done_testing();
}
