/*
 * Host-side fuzzing target: the instruction decoder (hv/core/decode.c)
 *
 * The bytes a guest leaves at a faulting EIP are the decoder's input;
 * the host fetches up to 15 of them, fewer at the end of a page.  Each
 * input is decoded with all its bytes available, and an accepted one
 * again with exactly its length (same result) and one byte less
 * (truncated).  Invariants: 1 <= len <= min(avail, 15), every field in
 * range, a known error code otherwise.  Seeds: one of each instruction
 * the hosts emulate, with prefixes and memory operands.
 * SPDX-License-Identifier: GPL-2.0
 */
#include "fuzz.h"
#include "hv/core/decode.h"

static const u8 seed_bytes[][12] = {
	{ 2, 0xe4, 0x60 }, { 2, 0x66, 0xed }, { 3, 0xf3, 0x64, 0x6f },
	{ 1, 0xfa }, { 1, 0xfb }, { 1, 0xf4 }, { 1, 0x9c }, { 2, 0x66, 0x9d },
	{ 1, 0xcf }, { 2, 0xcd, 0x1f }, { 1, 0xcc },
	{ 7, 0x0f, 0x01, 0x15, 0x78, 0x56, 0x34, 0x12 },
	{ 5, 0x0f, 0x01, 0x5c, 0x8d, 0x10 }, { 4, 0x0f, 0x01, 0x3c, 0x24 },
	{ 3, 0x0f, 0x00, 0xd8 }, { 3, 0x0f, 0x22, 0xd8 },
	{ 3, 0x0f, 0x20, 0x05 }, { 3, 0x0f, 0x23, 0xfe }, { 2, 0x0f, 0x06 },
	{ 2, 0x0f, 0x30 }, { 2, 0x0f, 0x32 }, { 2, 0x0f, 0xa2 },
	{ 7, 0xea, 0x78, 0x56, 0x34, 0x12, 0x10, 0x00 },
	{ 6, 0xff, 0x2d, 0x00, 0x10, 0x00, 0x00 }, { 1, 0xcb },
	{ 2, 0x8e, 0xd8 }, { 1, 0x1f }, { 3, 0x0f, 0xb2, 0x20 },
	{ 4, 0x67, 0x8b, 0x46, 0xfe }, { 4, 0xf0, 0x0f, 0xc7, 0x0e },
	{ 11, 0xc7, 0x84, 0xcc, 0x00, 0x00, 0x01, 0x00, 0x78, 0x56, 0x34,
	  0x12 },
	{ 5, 0x66, 0x0f, 0x3a, 0x0f, 0xc1 },
};

static void seeds(void)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(seed_bytes); i++)
		fuzz_seed(seed_bytes[i] + 1, seed_bytes[i][0]);
}

static bool reg_ok(int r)
{
	return r >= REG_NONE && r <= REG_EDI;
}

/* What holds for every decoded instruction. */
static void check_insn(const struct insn *i, size_t avail)
{
	FUZZ_CHECK(i->len >= 1 && i->len <= INSN_MAX_LEN && i->len <= avail);
	FUZZ_CHECK(i->op < OP_NR);
	FUZZ_CHECK(i->opsize == 2 || i->opsize == 4);
	FUZZ_CHECK(i->addrsize == 2 || i->addrsize == 4);
	FUZZ_CHECK(i->map >= 1 && i->map <= 4);
	FUZZ_CHECK(i->seg >= SEG_NONE && i->seg <= SEG_GS);
	FUZZ_CHECK(i->sreg >= SEG_NONE && i->sreg <= SEG_GS);
	FUZZ_CHECK(i->mod < 4 && i->reg < 8 && i->rm < 8);
	FUZZ_CHECK(!i->has_mem || (reg_ok(i->mem.base) &&
		   reg_ok(i->mem.index) && i->mem.index != REG_ESP &&
		   (i->mem.scale == 1 || i->mem.scale == 2 ||
		    i->mem.scale == 4 || i->mem.scale == 8) &&
		   i->mem.seg >= SEG_ES && i->mem.seg <= SEG_GS));
	FUZZ_CHECK(i->imm_len <= 4);
	FUZZ_CHECK(decode_name(i->op)[0] != '?');
	if (i->op == OP_IN || i->op == OP_OUT || i->op == OP_INS ||
	    i->op == OP_OUTS)
		FUZZ_CHECK(i->io.size == 1 || i->io.size == i->opsize);
	if (i->op == OP_LGDT || i->op == OP_LIDT || i->op == OP_INVLPG ||
	    i->op == OP_LSS)
		FUZZ_CHECK(i->has_mem);
	if (i->op == OP_MOV_TO_CR)
		FUZZ_CHECK(!i->has_mem && (i->ctl == 0 || i->ctl == 2 ||
					   i->ctl == 3 || i->ctl == 4));
}

static bool run(const u8 *data, size_t len)
{
	struct insn a, b;
	int err = decode_insn(data, len, &a);

	FUZZ_CHECK(err == DECODE_OK || err == DECODE_TRUNCATED ||
		   err == DECODE_TOO_LONG || err == DECODE_UD);
	FUZZ_CHECK(err != DECODE_TRUNCATED || len < INSN_MAX_LEN);
	FUZZ_CHECK(err != DECODE_TOO_LONG || len >= INSN_MAX_LEN);
	if (err)
		return false;
	check_insn(&a, len);
	/* The bytes after the instruction change nothing. */
	FUZZ_CHECK(decode_insn(data, a.len, &b) == DECODE_OK);
	FUZZ_CHECK(b.len == a.len && b.op == a.op && b.imm == a.imm &&
		   b.mem.disp == a.mem.disp && b.far.sel == a.far.sel);
	FUZZ_CHECK(decode_insn(data, a.len - 1, &b) == DECODE_TRUNCATED);
	return true;
}

const struct fuzz_target fuzz_target = {
	.name = "decode",
	.max_len = 20,
	.seeds = seeds,
	.run = run,
};
