/*
 * Host-side fuzzing target: vmihost's trap-and-emulate (hv/vmi)
 *
 * What a deprivileged kernel hands the VMI host before VMI_Init: an
 * instruction that raised #GP in ring 1, its registers and its memory.
 * Each input is a new guest with paging off (identity): 40 bytes of
 * registers and flags, up to 15 instruction bytes placed at the guest's
 * EIP, and the rest copied into guest memory at 0x2000 (descriptor
 * tables for lgdt/lidt, stack words for iret/lret, page tables).  Then
 * vmihost_emulate() runs, then the core's frame check, as before an
 * entry.  Invariants: the tables keep the properties of
 * stub_audit_tables(); an emulated instruction leaves EIP within 15
 * bytes after it or takes it from the guest's stack, and never leaves
 * CS or SS at RPL 0; a frame the check passes is one the switcher can
 * iret to.  A kill or a stop (the power-off port) ends the run.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <stdlib.h>
#include <string.h>
#include "fuzz.h"
#include "hvstub.h"
#include "hv/vmi/vmihost.h"

#define MEM	(64u << 10)
#define EIP	0x1000u

static u8 *mem;

void bad_guest(const char *fmt, ...)
{
	(void)fmt;
	abort();		/* the loader is not fuzzed here */
}

static u32 word(const u8 *p)
{
	u32 v;

	memcpy(&v, p, 4);
	return v;
}

static bool run(const u8 *data, size_t len)
{
	struct guest_regs *r;
	const char *bad;
	size_t n;
	u32 eip;
	volatile bool emulated = false;

	if (len < 40 + 1)
		return false;
	if (!mem)
		mem = aligned_alloc(4096, MEM);
	stub_new_guest(&vmihost_abi, mem, MEM, LGUEST_TRAP_ENTRY);
	guest.paging = false;
	shadow_new_pgtable(1);
	memset(&vcpu, 0, sizeof(vcpu));
	devices_init();
	r = guest.regs;
	r->eax = word(data);
	r->ecx = word(data + 4);
	r->edx = word(data + 8) & 0x3ffff;
	r->ebx = word(data + 12) % MEM;
	r->esp = 0x3000 + (data[16] & 0xfc);
	r->ebp = word(data + 20) % MEM;
	r->esi = word(data + 24) % MEM;
	r->edi = word(data + 28);
	r->cs = LGUEST_KERNEL_CS;
	r->ss = r->ds = r->es = LGUEST_KERNEL_DS;
	r->eflags = 0x202;
	r->eip = eip = EIP;
	vcpu.eflags_if = data[17] & 1 ? X86_EFLAGS_IF : 0;
	n = len - 40 < 15 ? len - 40 : 15;
	memcpy(mem + EIP, data + 40, n);
	if (len > 55)
		memcpy(mem + 0x2000, data + 55,
		       len - 55 < 0x4000 ? len - 55 : 0x4000);
	if (setjmp(stub_end))
		return true;		/* killed or stopped, with a reason */
	emulated = vmihost_emulate();
	if (emulated) {
		FUZZ_CHECK((r->cs & 3) != 0);
		FUZZ_CHECK((r->ss & 3) != 0);
		FUZZ_CHECK(r->eip - eip <= 15 || r->eip != eip);
	}
	bad = stub_audit_tables();
	if (bad)
		fuzz_fail(__FILE__, __LINE__, bad);
	if (!guest_check_frame(r)) {
		FUZZ_CHECK((r->cs & 3) && (r->ss & 3) == (r->cs & 3));
		FUZZ_CHECK(r->eflags & X86_EFLAGS_IF);
	}
	return emulated;
}

static void seeds(void)
{
	static const u8 insns[][15] = {
		{ 0xfa }, { 0xfb }, { 0xf4 },			/* cli sti hlt */
		{ 0x0f, 0x01, 0x13 },				/* lgdt (%ebx) */
		{ 0x0f, 0x01, 0x1b },				/* lidt (%ebx) */
		{ 0x0f, 0x22, 0xd8 }, { 0x0f, 0x22, 0xc0 },	/* cr3, cr0 */
		{ 0x0f, 0x20, 0xc0 }, { 0x0f, 0x06 },		/* cr0, clts */
		{ 0x0f, 0x30 }, { 0x0f, 0x32 },			/* wrmsr rdmsr */
		{ 0xee }, { 0xec }, { 0xe6, 0x80 }, { 0x66, 0xef },
		{ 0x8e, 0xd1 }, { 0xcb }, { 0xcf },		/* ss, lret, iret */
		{ 0x0f, 0x01, 0x38 }, { 0x0f, 0x00, 0xd8 },	/* invlpg, ltr */
	};
	u8 in[40 + 15 + 64];
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(insns); i++) {
		memset(in, 0, sizeof(in));
		in[12] = 0x00; in[13] = 0x20;		/* EBX = 0x2000 */
		in[8] = 0xf8; in[9] = 0x03;		/* EDX = 0x3f8 */
		in[4] = 0x74; in[5] = 0x01;		/* ECX = 0x174 */
		memcpy(in + 40, insns[i], 15);
		in[55] = 0xff; in[56] = 0x00;		/* a 32-entry table */
		in[57] = 0x10; in[58] = 0x20;		/* at 0x2010 */
		fuzz_seed(in, sizeof(in));
	}
}

const struct fuzz_target fuzz_target = {
	.name = "vmiemu",
	.max_len = 40 + 15 + 512,
	.seeds = seeds,
	.run = run,
};
