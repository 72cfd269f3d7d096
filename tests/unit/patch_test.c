/*
 * Host unit test of the paravirt patcher (arch/i386/paravirt/patch.c)
 *
 * Every helper a backend's patch() uses is run on a site buffer and the
 * bytes are checked against hand-assembled i386 encodings: the edge
 * cases (sites not shaped as their op's, templates too long, padding,
 * poisoning, the default policy).  patchsite_test.c patches real sites
 * of every shape.  The live op
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
struct pv_platform_ops pv_platform_ops;

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

/* The live slot of an op, as the four bytes of a call *abs32. */
#define SLOT(op)	(u8)(unsigned long)&(op),			\
			(u8)((unsigned long)&(op) >> 8),		\
			(u8)((unsigned long)&(op) >> 16),		\
			(u8)((unsigned long)&(op) >> 24)

/*
 * Does a template go over the whole site, prefixed, when the site's
 * contract allows it; stay out when too long; and is a site not shaped
 * as its op's left alone?
 */
static void test_site(void)
{
	static const u8 cli[] = { 0xfa };
	static const u8 big[16] = { 0x90 };
	u8 type = PARAVIRT_PATCH(pv_irq_ops.irq_disable);
	/* push eax, ecx, edx; call *slot; pop edx, ecx, eax */
	const u8 site[12] = { 0x50, 0x51, 0x52, 0xff, 0x15,
			      SLOT(pv_irq_ops.irq_disable), 0x5a, 0x59, 0x58 };
	const struct pv_insns t_cli = { cli, cli + 1, NULL, 0, 0, 1 };
	const struct pv_insns t_big = { big, big + 16, NULL, 0, 0, 0 };
	const struct pv_insns t_bad = { cli + 1, cli, NULL, 0, 0, 0 };
	const struct pv_insns t_eax = { cli, cli + 1, NULL, CLBR_EAX, 0, 1 };
	unsigned int i;

	paravirt_debug_poison = false;
	memcpy(buf, site, sizeof(site));
	is_int(paravirt_patch_site(type, CLBR_NONE, buf, SITE, 12, &t_cli), 12,
	       "site: cli over a 12-byte irq_disable site uses all of it");
	for (i = 0; i < 11 && buf[i] == 0x3e; i++)
		;
	is_int(i, 11, "site: 11 DS prefixes come first");
	is_int(buf[11], 0xfa, "site: then cli: one instruction");
	paravirt_debug_poison = true;
	memcpy(buf, site, sizeof(site));
	is_int(paravirt_patch_site(type, CLBR_NONE, buf, SITE, 12, &t_cli), 1,
	       "site: with debug poisoning, a plain copy (room to poison)");
	is_int(buf[0], 0xfa, "site: ... at the start of the site");
	paravirt_debug_poison = false;
	memcpy(buf, site, sizeof(site));
	is_int(paravirt_patch_site(type, CLBR_NONE, buf, SITE, 12, &t_big), 12,
	       "site: a 16-byte template in a 12-byte site leaves it");
	ok(!memcmp(buf, site, sizeof(site)), "site: ... untouched");
	is_int(paravirt_patch_site(type, CLBR_NONE, buf, SITE, 12, &t_bad), 12,
	       "site: a template ending before it starts leaves the site");
	ok(!memcmp(buf, site, sizeof(site)), "site: ... untouched");
	is_int(paravirt_patch_fits(type, CLBR_NONE, buf, 12, &t_eax),
	       PV_PLACE_CALL,
	       "site: code clobbering EAX, which the site keeps, goes in "
	       "place of the call");
	is_int(paravirt_patch_fits(type, CLBR_EAX, buf, 12, &t_eax),
	       PV_PLACE_SITE, "site: ... over it if the site may lose EAX");
	buf[9] = 0x90;		/* a pop missing: not an irq_disable site */
	is_int(paravirt_patch_site(type, CLBR_NONE, buf, SITE, 12, &t_cli), 12,
	       "site: a site not shaped as its op's is left");
	is_int(buf[0] << 8 | buf[9], 0x5090, "site: ... untouched");
	fill();
	is_int(paravirt_patch_site(type, CLBR_NONE, buf, SITE, 12, &t_cli), 12,
	       "site: bytes that are no site at all are left");
	ok(untouched(0, 12), "site: ... untouched");
	is_int(paravirt_patch_site(PARAVIRT_NR_OPS + 3, CLBR_ANY, buf, SITE,
				   12, &t_cli), 12,
	       "site: a type past every table is left");
	is_int(paravirt_patch_site(PARAVIRT_PATCH(pv_init_ops.patch), CLBR_ANY,
				   buf, SITE, 12, &t_cli), 12,
	       "site: an op without sites (patch) is left");
}

/* A jump site takes a jump; a call at a thunk site stays the thunk's. */
static void test_jmp_thunk(void)
{
	const struct pv_insns call = PV_INSNS_CALL((void *)(SITE + 0x100),
						   CLBR_ANY);
	u8 iret = PARAVIRT_PATCH(pv_cpu_ops.iret);
	u8 set_pte = PARAVIRT_PATCH(pv_mmu_ops.set_pte);
	/* jmp *%cs:slot */
	const u8 jmp[7] = { 0x2e, 0xff, 0x25, SLOT(pv_cpu_ops.iret) };
	/* push %edx; push %eax; call pv_thunk_set_pte */
	static const u8 thunk[7] = { 0x52, 0x50, 0xe8, 1, 2, 3, 4 };

	memcpy(buf, jmp, sizeof(jmp));
	is_int(paravirt_patch_site(iret, CLBR_ANY, buf, SITE, 7, &call), 5,
	       "jmp: a 5-byte jump at iret's site");
	is_int(buf[0], 0xe9, "jmp: opcode E9");
	is_uint(rel32_at(buf + 1), 0x100 - 5, "jmp: rel32 from its end");
	memcpy(buf, thunk, sizeof(thunk));
	is_int(paravirt_patch_site(set_pte, CLBR_NONE, buf, SITE, 7, &call), 7,
	       "thunk: a call at a thunk site leaves it ...");
	ok(!memcmp(buf, thunk, sizeof(thunk)), "thunk: ... as it is");
}

/* Is the padding spread over several instructions, each within 15? */
static void test_spread(void)
{
	static const u8 code[] = { 0xff, 0x30, 0x9d };	/* pushl (%eax); popfl */
	static const u8 lens[] = { 2, 1 };
	static u8 big[32];
	unsigned int i;

	paravirt_debug_poison = false;
	memset(big, FILL, sizeof(big));
	is_int(paravirt_patch_insns_spread(big, 20, code, lens, 2), 20,
	       "spread: 17 bytes of padding over two instructions");
	for (i = 0; i < 13 && big[i] == 0x3e; i++)
		;
	is_int(i, 13, "spread: the first takes 13 prefixes (15 bytes)");
	is_int(big[13] << 8 | big[14], 0xff30, "spread: then the push");
	for (i = 15; i < 19 && big[i] == 0x3e; i++)
		;
	is_int(i, 19, "spread: the other 4 go on the second");
	is_int(big[19], 0x9d, "spread: then popfl, ending the site");
	memset(big, FILL, sizeof(big));
	is_int(paravirt_patch_insns_spread(big, 31, code, lens, 2), 3,
	       "spread: more than 15 bytes each would take: a plain copy");
	paravirt_debug_poison = true;
	is_int(paravirt_patch_insns_spread(big, 20, code, lens, 2), 3,
	       "spread: with debug poisoning, a plain copy");
	paravirt_debug_poison = false;
}

/* Does the default policy NOP no-op ops, call C, jump to iret, ud2 unknowns? */
static void test_default(void)
{
	u8 wbinvd = PARAVIRT_PATCH(pv_cpu_ops.wbinvd);
	u8 clts = PARAVIRT_PATCH(pv_cpu_ops.clts);
	u8 iret = PARAVIRT_PATCH(pv_cpu_ops.iret);
	u8 cr2 = PARAVIRT_PATCH(pv_mmu_ops.read_cr2);	/* NULL here */
	/* push %ecx; push %edx; call *slot; pop %edx; pop %ecx */
	const u8 site[10] = { 0x51, 0x52, 0xff, 0x15, SLOT(pv_cpu_ops.clts),
			      0x5a, 0x59 };
	const u8 nop_site[10] = { 0x51, 0x52, 0xff, 0x15,
				  SLOT(pv_cpu_ops.wbinvd), 0x5a, 0x59 };
	const u8 jmp[7] = { 0x2e, 0xff, 0x25, SLOT(pv_cpu_ops.iret) };
	/* A thunk site: push %eax; call rel32 */
	static const u8 thunk[6] = { 0x50, 0xe8, 1, 2, 3, 4 };

	memcpy(buf, nop_site, sizeof(nop_site));
	is_int(paravirt_patch_default(wbinvd, CLBR_EAX, buf, SITE, 10), 0,
	       "default: an op equal to paravirt_nop uses nothing (all NOPs)");
	memcpy(buf, site, sizeof(site));
	is_int(paravirt_patch_default(clts, CLBR_EAX, buf, SITE, 10), 10,
	       "default: a C op: the site's own call made direct, in place");
	is_int(buf[0] << 8 | buf[1], 0x5152, "default: ... its saves kept");
	is_int(buf[2] << 8 | buf[3], 0x3ee8,
	       "default: ... a DS prefix and E8 for the six bytes of FF 15");
	is_uint(rel32_at(buf + 4), (unsigned long)some_op - (SITE + 8),
		"default: ... to the op in the live table");
	is_int(buf[8] << 8 | buf[9], 0x5a59, "default: ... its pops kept");
	memcpy(buf, site, sizeof(site));
	is_int(paravirt_patch_default(clts, CLBR_ANY, buf, SITE, 10), 10,
	       "default: at a site that may lose every register ...");
	is_int(buf[4] << 8 | buf[5], 0x3ee8,
	       "default: ... the call, prefixed, fills the whole site");
	is_uint(rel32_at(buf + 6), (unsigned long)some_op - (SITE + 10),
		"default: ... its rel32 from the site's end");
	memcpy(buf, thunk, sizeof(thunk));
	is_int(paravirt_patch_default(clts, CLBR_NONE, buf, SITE, 6), 6,
	       "default: a site without the op's call (a thunk site) ...");
	ok(!memcmp(buf, thunk, sizeof(thunk)), "default: ... is left as is");
	memcpy(buf, jmp, sizeof(jmp));
	is_int(paravirt_patch_default(iret, CLBR_ANY, buf, SITE, 7), 5,
	       "default: iret is jumped to");
	is_int(buf[0], 0xe9, "default: ... with E9");
	is_uint(rel32_at(buf + 1), (unsigned long)iret_op - (SITE + 5),
		"default: ... to the op in the live table");
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

/* Can the patcher read a site's operands back? */
static void test_site_decode(void)
{
	/* push %ecx; push %edx; call *abs32; movl %eax,%ebx; pop x2 */
	static const u8 save[] = { 0x51, 0x52, 0xff, 0x15, 1, 2, 3, 4,
				   0x89, 0xc3, 0x5a, 0x59 };
	/* ... movl %eax,-0xa4(%ebp) */
	static const u8 save_mem[] = { 0x50, 0x51, 0x52, 0xff, 0x15, 1, 2, 3,
				       4, 0x89, 0x85, 0x5c, 0xff, 0xff, 0xff,
				       0x5a, 0x59, 0x58 };
	/* push x2; call *abs32; pop x2: the result stays in EAX */
	static const u8 save_eax[] = { 0x51, 0x52, 0xff, 0x15, 1, 2, 3, 4,
				       0x5a, 0x59 };
	/* push x3; push %esi; pop %eax; call *abs32; pop x3 */
	static const u8 restore[] = { 0x50, 0x51, 0x52, 0x56, 0x58, 0xff, 0x15,
				      1, 2, 3, 4, 0x5a, 0x59, 0x58 };
	/* pushl -0x10(%ebp); push %ecx; push $0x12345678; push %edi; call */
	static const u8 thunk[] = { 0xff, 0x75, 0xf0, 0x51, 0x68, 0x78, 0x56,
				    0x34, 0x12, 0x57, 0xe8, 1, 2, 3, 4 };
	/* push x3; pushl 4(%esp); pop %eax; call *abs32; pop x3 */
	static const u8 off_esp[] = { 0x50, 0x51, 0x52, 0xff, 0x74, 0x24, 0x04,
				      0x58, 0xff, 0x15, 1, 2, 3, 4, 0x5a, 0x59,
				      0x58 };
	struct pv_site_arg a[4];

	is_int(paravirt_site_result(save, sizeof(save), a), 0,
	       "decode: a save_fl site");
	ok(a[0].kind == PV_ARG_REG && a[0].reg == 3,
	   "decode: ... keeps the flags in EBX");
	is_int(paravirt_site_result(save_eax, sizeof(save_eax), a), 0,
	       "decode: a save_fl site with no move");
	ok(a[0].kind == PV_ARG_REG && a[0].reg == 0, "decode: ... means EAX");
	is_int(paravirt_site_result(save_mem, sizeof(save_mem), a), 0,
	       "decode: a save_fl site storing to memory");
	ok(a[0].kind == PV_ARG_MEM && a[0].off == 10 && a[0].len == 5,
	   "decode: ... ModRM and disp32 at 10, 5 bytes");
	is_int(paravirt_site_result(save, 7, a), -1,
	       "decode: a site cut inside its call is refused");
	is_int(paravirt_site_args(restore, sizeof(restore), a, 1), 0,
	       "decode: a restore_fl operand site");
	ok(a[0].kind == PV_ARG_REG && a[0].reg == 6 && a[0].off == 3 &&
	   a[0].len == 1, "decode: ... pushes ESI, at 3");
	is_int(paravirt_site_args(restore, sizeof(restore), a, 2), -1,
	       "decode: ... but not as a two-argument site");
	is_int(paravirt_site_args(thunk, sizeof(thunk), a, 4), 0,
	       "decode: a four-argument thunk site");
	ok(a[0].kind == PV_ARG_REG && a[0].reg == 7, "decode: arg 0 is EDI");
	ok(a[1].kind == PV_ARG_IMM && a[1].imm == 0x12345678,
	   "decode: arg 1 is the constant");
	ok(a[2].kind == PV_ARG_REG && a[2].reg == 1, "decode: arg 2 is ECX");
	ok(a[3].kind == PV_ARG_MEM && a[3].off == 0 && a[3].len == 3,
	   "decode: arg 3 is pushl -0x10(%%ebp), 3 bytes at 0");
	is_int(paravirt_site_args(thunk, sizeof(thunk) - 1, a, 4), -1,
	       "decode: a thunk site cut short is refused");
	is_int(paravirt_site_args(off_esp, sizeof(off_esp), a, 1), -1,
	       "decode: an operand off ESP (moved by the pushes) is refused");
}

int main(void)
{
	test_site();
	test_jmp_thunk();
	test_spread();
	test_default();
	test_pad();
	test_site_decode();
	return done_testing();
}
