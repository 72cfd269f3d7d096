/*
 * Host unit test of the paravirt patcher (arch/i386/paravirt/patch.c)
 *
 * Every helper a backend's patch() uses is run on a site buffer and the
 * bytes are checked against hand-assembled i386 encodings.  The live op
 * tables the default policy reads are defined here, with one op of each
 * kind: a C function, paravirt_nop, NULL (unknown), and the jumped-to
 * iret.  Run by patch.t under prove.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/types.h>
#include <linux/string.h>
#include <asm/paravirt_types.h>
#include <asm/paravirt_patch.h>
#include "tap.h"

#define SITE	0xc0100000UL	/* where the tests pretend the site is */
#define FILL	0xcc		/* what an untouched buffer holds */

static void some_op(void) { }
static void iret_op(void) { }

struct pv_info pv_info;
struct pv_init_ops pv_init_ops;
struct pv_time_ops pv_time_ops;
struct pv_cpu_ops pv_cpu_ops = {
	.clts = some_op,
	.wbinvd = paravirt_nop,
	.iret = iret_op,
};
struct pv_irq_ops pv_irq_ops;
struct pv_mmu_ops pv_mmu_ops;

static u8 buf[16];

static void fill(void)
{
	memset(buf, FILL, sizeof(buf));
}

static u32 rel32_at(const u8 *p)
{
	u32 v;

	memcpy(&v, p, 4);
	return v;
}

static bool untouched(unsigned int from, unsigned int to)
{
	unsigned int i;

	for (i = from; i < to; i++)
		if (buf[i] != FILL)
			return false;
	return true;
}

/* Does a template that fits get copied, and one too long leave the site? */
static void test_insns(void)
{
	static const u8 cli[] = { 0xfa };
	static const u8 big[12] = { 0x90 };

	fill();
	is_int(paravirt_patch_insns(buf, 10, cli, cli + 1), 1,
	       "insns: a 1-byte template in a 10-byte site uses 1 byte");
	is_int(buf[0], 0xfa, "insns: the template is copied");
	ok(untouched(1, 10), "insns: nothing after it is written");
	fill();
	is_int(paravirt_patch_insns(buf, 10, big, big + 12), 10,
	       "insns: a 12-byte template in a 10-byte site leaves it (len)");
	ok(untouched(0, 10), "insns: a site left alone is not written");
	is_int(paravirt_patch_insns(buf, 10, NULL, NULL), 10,
	       "insns: no template leaves the site");
}

/* Is the padding prefixes on the template, making one instruction? */
static void test_prefixed(void)
{
	static const u8 save_fl[] = { 0x9c, 0x58 };	/* pushfl; popl %eax */
	static const u8 fifteen[15] = { 0 };
	unsigned int i;

	paravirt_debug_poison = false;
	fill();
	is_int(paravirt_patch_insns_prefixed(buf, 10, save_fl, save_fl + 2),
	       10, "prefixed: the whole site is used");
	for (i = 0; i < 8 && buf[i] == 0x3e; i++)
		;
	is_int(i, 8, "prefixed: 8 DS prefixes come first");
	is_int(buf[8] << 8 | buf[9], 0x9c58, "prefixed: then the template");
	fill();
	is_int(paravirt_patch_insns_prefixed(buf, 16, fifteen, fifteen + 15),
	       15, "prefixed: a prefixed instruction may not pass 15 bytes");
	paravirt_debug_poison = true;
	fill();
	is_int(paravirt_patch_insns_prefixed(buf, 10, save_fl, save_fl + 2),
	       2, "prefixed: with debug poisoning, a plain copy (room to poison)");
	is_int(buf[0], 0x9c, "prefixed: ... at the start of the site");
	paravirt_debug_poison = false;
}

/* Is a direct call E8 with the right rel32, and saves added when needed? */
static void test_call(void)
{
	const void *target = (const void *)0xc0123456UL;

	fill();
	is_int(paravirt_patch_call(buf, target, CLBR_ANY, SITE, CLBR_ANY, 6),
	       5, "call: a C function at a CLBR_ANY site: a 5-byte call");
	is_int(buf[0], 0xe8, "call: opcode E8");
	is_uint(rel32_at(buf + 1), 0xc0123456UL - (SITE + 5),
		"call: rel32 = target - end of the call");
	fill();
	is_int(paravirt_patch_call(buf, target, CLBR_ANY, SITE, CLBR_EAX, 10),
	       9, "call: at a site that keeps ECX and EDX, 9 bytes");
	is_int(buf[0] << 8 | buf[1], 0x5152, "call: push %%ecx; push %%edx first");
	is_int(buf[2], 0xe8, "call: then the call");
	is_uint(rel32_at(buf + 3), 0xc0123456UL - (SITE + 2 + 5),
		"call: whose rel32 counts from its own end");
	is_int(buf[7] << 8 | buf[8], 0x5a59, "call: pop %%edx; pop %%ecx after");
	fill();
	is_int(paravirt_patch_call(buf, target, CLBR_EAX, SITE, CLBR_EAX, 10),
	       5, "call: a target within the site's clobbers needs no saves");
	fill();
	is_int(paravirt_patch_call(buf, target, CLBR_ANY, SITE, CLBR_EAX, 8),
	       8, "call: saves that do not fit leave the indirect call");
	ok(untouched(0, 8), "call: ... untouched");
	fill();
	is_int(paravirt_patch_call(buf, target, CLBR_ANY, SITE, CLBR_ANY, 4),
	       4, "call: a site too short for a call is left alone");
	ok(untouched(0, 4), "call: ... untouched");
}

/* Is a jump E9 with the right rel32, and refused in a short site? */
static void test_jmp(void)
{
	fill();
	is_int(paravirt_patch_jmp(buf, (void *)(SITE + 0x100), SITE, 7), 5,
	       "jmp: 5 bytes");
	is_int(buf[0], 0xe9, "jmp: opcode E9");
	is_uint(rel32_at(buf + 1), 0x100 - 5, "jmp: rel32 from its end");
	fill();
	is_int(paravirt_patch_jmp(buf, (void *)SITE, SITE, 4), 4,
	       "jmp: a 4-byte site is left alone");
}

/* Does the default policy NOP no-op ops, call C, jump to iret, ud2 unknowns? */
static void test_default(void)
{
	u8 wbinvd = PARAVIRT_PATCH(pv_cpu_ops.wbinvd);
	u8 clts = PARAVIRT_PATCH(pv_cpu_ops.clts);
	u8 iret = PARAVIRT_PATCH(pv_cpu_ops.iret);
	u8 cr2 = PARAVIRT_PATCH(pv_mmu_ops.read_cr2);	/* NULL here */

	fill();
	is_int(paravirt_patch_default(wbinvd, CLBR_EAX, buf, SITE, 10), 0,
	       "default: an op equal to paravirt_nop uses nothing (all NOPs)");
	fill();
	is_int(paravirt_patch_default(clts, CLBR_EAX, buf, SITE, 10), 9,
	       "default: a C op at an EAX-only site: saves and a call");
	is_uint(rel32_at(buf + 3), (unsigned long)some_op - (SITE + 7),
		"default: ... to the op in the live table");
	fill();
	is_int(paravirt_patch_default(iret, CLBR_ANY, buf, SITE, 7), 5,
	       "default: iret is jumped to");
	is_int(buf[0], 0xe9, "default: ... with E9");
	fill();
	is_int(paravirt_patch_default(cr2, CLBR_EAX, buf, SITE, 10), 2,
	       "default: a NULL op becomes ud2");
	is_int(buf[0] << 8 | buf[1], 0x0f0b, "default: ... 0F 0B");
	fill();
	is_int(paravirt_patch_default(PARAVIRT_NR_OPS + 3, CLBR_ANY, buf, SITE,
				      6), 2,
	       "default: a type past every table (unknown op) becomes ud2");
}

/* Is the rest of a site NOPs of at most 15 bytes, poisoned if asked? */
static void test_pad(void)
{
	unsigned int i, nops = 0;

	fill();
	buf[0] = 0xfa;
	paravirt_pad_site(buf, 1, 10, CLBR_EAX, false);
	for (i = 1; i < 9; i++)
		nops += buf[i] == 0x3e;
	is_int(nops, 8, "pad: 9 bytes of padding are 8 prefixes ...");
	is_int(buf[9], 0x90, "pad: ... on one NOP");
	fill();
	paravirt_pad_site(buf, 0, 15, CLBR_NONE, false);
	is_int(buf[14], 0x90, "pad: 15 bytes: still one NOP instruction");
	fill();
	paravirt_pad_site(buf, 0, 16, CLBR_NONE, false);
	is_int(buf[0] << 8 | buf[1], 0xeb0e,
	       "pad: 16 bytes: a short jump over the other 14");
	fill();
	buf[0] = 0xfa;
	paravirt_pad_site(buf, 1, 10, CLBR_ANY | CLBR_RET_EAX, true);
	is_int(buf[1] << 8 | buf[2], 0xf7d1, "poison: notl %%ecx first");
	is_int(buf[3] << 8 | buf[4], 0xf7d2, "poison: then notl %%edx");
	is_int(buf[5], 0x3e, "poison: EAX, the result, is spared; NOPs follow");
	fill();
	buf[0] = 0xfa;
	paravirt_pad_site(buf, 1, 4, CLBR_ANY, true);
	is_int(buf[1] << 8 | buf[2], 0xf7d0, "poison: room for one: EAX");
	is_int(buf[3], 0x90, "poison: the odd byte is a NOP");
}

/* Can the patcher tell which register a flags site keeps the flags in? */
static void test_flags_reg(void)
{
	/* push x3; call *abs32; movl %eax,%ebx; pop x3 */
	static const u8 save[] = { 0x50, 0x51, 0x52, 0xff, 0x15, 1, 2, 3, 4,
				   0x89, 0xc3, 0x5a, 0x59, 0x58 };
	/* push x3; movl %esi,%eax; call *abs32; pop x3 */
	static const u8 restore[] = { 0x50, 0x51, 0x52, 0x89, 0xf0, 0xff, 0x15,
				      1, 2, 3, 4, 0x5a, 0x59, 0x58 };
	u8 bad[sizeof(save)];

	is_int(paravirt_save_fl_reg(save, sizeof(save)), 3,
	       "flags: save_fl site keeps the flags in EBX");
	is_int(paravirt_restore_fl_reg(restore, sizeof(restore)), 6,
	       "flags: restore_fl site takes them from ESI");
	memcpy(bad, save, sizeof(bad));
	bad[10] = 0x03;				/* movl %eax,(%ebx) */
	is_int(paravirt_save_fl_reg(bad, sizeof(bad)), -1,
	       "flags: a memory operand is not a register: refused");
	is_int(paravirt_restore_fl_reg(save, sizeof(save)), -1,
	       "flags: a site of the other shape is refused");
	is_int(paravirt_save_fl_reg(save, 10), -1,
	       "flags: a site too short is refused");
}

int main(void)
{
	test_insns();
	test_prefixed();
	test_call();
	test_jmp();
	test_default();
	test_pad();
	test_flags_reg();
	return done_testing();
}
