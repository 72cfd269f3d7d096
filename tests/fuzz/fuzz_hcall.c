/*
 * Host-side fuzzing target: lhype's hypercalls, ring and interrupts
 *
 * Each input is a run of a new guest: after LGUEST_INIT (lguest_data
 * at 0x1000), a list of 17-byte records, each one step the guest can
 * take: a hypercall with raw arguments, one whose first argument is
 * bent into guest memory, 16 bytes written into guest memory (page
 * tables, descriptors, DMA lists), a call queued in the ring with any
 * status byte, a page fault at any address, or an entry (the ring run,
 * an interrupt delivered, the timer firing).  The run ends when the
 * host kills or stops the guest, or the records end.  After every step
 * the tables must keep their invariants (hvstub.c: stub_audit_tables)
 * and the frame the switcher would pop must pass guest_check_frame()
 * or be refused; ASan and UBSan watch every access.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <stdlib.h>
#include <string.h>
#include "fuzz.h"
#include "hvstub.h"
#include "hv/lhype/lhype.h"

#define MEM		(64u << 10)
#define LDATA		0x1000u
#define REC		17

static u8 *mem;

/* boot.c's and main.c's, which the fuzzer does not link. */
u32 lhype_ram = MEM - 2 * 4096;
struct lhype_opts lhype_opts = { .mem = MEM, .irqoff_secs = 10 };

static u32 word(const u8 *p)
{
	u32 v;

	memcpy(&v, p, 4);
	return v;
}

static void step(const u8 *r)
{
	struct guest_regs *regs = guest.regs;
	struct lguest_data *ld = (void *)(mem + LDATA);
	u32 a = word(r + 1), b = word(r + 5), c = word(r + 9), d = word(r + 13);

	switch (r[0] % 8) {
	case 0:					/* a raw hypercall */
		regs->eax = a;
		regs->edx = b;
		regs->ebx = c;
		regs->ecx = d;
		lhype_abi.hypercall(regs);
		break;
	case 1:					/* one into memory */
		regs->eax = a % (LHCALL_NR + 1);
		regs->edx = b % MEM;
		regs->ebx = c;
		regs->ecx = d;
		lhype_abi.hypercall(regs);
		break;
	case 2:					/* guest memory */
		memcpy(mem + (a % (MEM - 12)), r + 5, 12);
		break;
	case 3: {				/* the ring */
		unsigned int slot = a % LHCALL_RING_SIZE;

		ld->hcalls[slot].eax = b % (LHCALL_NR + 1);
		ld->hcalls[slot].edx = c % MEM;
		ld->hcalls[slot].ebx = d;
		ld->hcalls[slot].ecx = c;
		ld->hcall_status[slot] = r[1];
		break;
	}
	case 4: {				/* a page fault */
		u32 err = b & 7;

		guest.cr2 = a;
		shadow_fault(a, &err);
		break;
	}
	case 5:					/* a new page directory */
		regs->eax = LHCALL_NEW_PGTABLE;
		regs->edx = (a % MEM) & ~0xfffu;
		lhype_abi.hypercall(regs);
		break;
	case 6:					/* registers, then enter */
		regs->eip = a;
		regs->cs = b & 0xffff;
		regs->ss = c & 0xffff;
		regs->ds = d & 0xffff;
		regs->eflags = a ^ d;
		if (guest_check_frame(regs))
			break;
		FUZZ_CHECK((regs->cs & 3) && (regs->ss & 3) == (regs->cs & 3));
		FUZZ_CHECK(regs->eflags & 0x200);
		FUZZ_CHECK(!(regs->eflags & 0x24000));	/* NT, VM */
		/* fall through */
	case 7:					/* an entry */
		stub_timer_fires = a & 1;
		ld->irq_enabled = b & 0x200;
		ld->blocked_interrupts = c;
		lhype_abi.prepare();
		break;
	}
}

static bool run(const u8 *data, size_t len)
{
	const char *bad;
	size_t i;
	int how;

	if (!mem)
		mem = aligned_alloc(4096, MEM);
	lhype_hcall_reset();
	stub_new_guest(&lhype_abi, mem, MEM, LGUEST_TRAP_ENTRY);
	memset(((struct lguest_data *)(mem + LDATA))->hcall_status, 0xff,
	       LHCALL_RING_SIZE);
	guest.regs->cs = LGUEST_KERNEL_CS;
	guest.regs->ss = LGUEST_KERNEL_DS;
	how = setjmp(stub_end);
	if (how == STUB_RAN) {
		guest.regs->eax = LHCALL_LGUEST_INIT;
		guest.regs->edx = LDATA;
		lhype_abi.hypercall(guest.regs);
		for (i = 0; i + REC <= len; i += REC) {
			step(data + i);
			bad = stub_audit_tables();
			if (bad)
				fuzz_fail(__FILE__, __LINE__, bad);
		}
		return true;
	}
	FUZZ_CHECK(stub_why[0]);
	bad = stub_audit_tables();	/* a kill mid-call leaves them sound */
	if (bad)
		fuzz_fail(__FILE__, __LINE__, bad);
	return how != STUB_KILLED || len > 4 * REC;
}

static void seeds(void)
{
	static const u8 seed[] = {
		/* LOAD_GDT of 32 zero entries at 0x2000 */
		1, 3, 0, 0, 0, 0x00, 0x20, 0, 0, 32, 0, 0, 0, 0, 0, 0, 0,
		/* a flat ring-0 code descriptor into the table */
		2, 0x60, 0x20, 0, 0, 0xff, 0xff, 0, 0, 0, 0x9b, 0xcf, 0, 0, 0, 0, 0,
		1, 3, 0, 0, 0, 0x00, 0x20, 0, 0, 32, 0, 0, 0, 0, 0, 0, 0,
		/* an IDT trap gate for vector 14, and for 0x80 with DPL 3 */
		0, 6, 0, 0, 0, 14, 0, 0, 0, 0, 0x10, 0x61, 0, 0, 0x8f, 0x10, 0xc0,
		0, 6, 0, 0, 0, 0x80, 0, 0, 0, 0, 0x10, 0x61, 0, 0, 0xef, 0x10, 0xc0,
		/* a page directory at 0x4000, a PTE, a fault */
		5, 0, 0x40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		2, 0, 0x40, 0, 0, 0x07, 0x50, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		2, 0, 0x50, 0, 0, 0x07, 0x60, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		4, 0x10, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		/* SET_PTE installs: one for 0x1000 naming a frame far out */
		0, 14, 0, 0, 0, 0, 0x40, 0, 0, 0, 0x10, 0, 0, 0x21, 0xf0, 0xff, 0xff,
		/* a kernel table (0xc0000000) with such an entry, faulted in */
		2, 0, 0x4c, 0, 0, 0x07, 0x50, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		2, 0x04, 0x50, 0, 0, 0x21, 0xf0, 0xff, 0xff, 0, 0, 0, 0, 0, 0, 0, 0,
		4, 0, 0, 0, 0xc0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		/* the ring: SET_PTE due, then an entry with the timer */
		3, 0, 0, 0, 0, 14, 0, 0, 0, 0, 0x40, 0, 0, 0, 0, 0, 0,
		7, 1, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		/* SET_STACK, SEND_DMA */
		0, 7, 0, 0, 0, 0x69, 0, 0, 0, 0, 0x20, 0, 0xc0, 1, 0, 0, 0,
		1, 13, 0, 0, 0, 0, 0, 0, 0, 0x00, 0x30, 0, 0, 0, 0, 0, 0,
	};

	fuzz_seed(seed, sizeof(seed));
}

const struct fuzz_target fuzz_target = {
	.name = "hcall",
	.max_len = 64 * REC,
	.seeds = seeds,
	.run = run,
};
