/*
 * Host-side fuzzing target: the VMI ROM-to-host calls (hv/vmi/calls.c)
 *
 * Once VMI_Init has succeeded, the ROM brings the calls it cannot do by
 * itself to the host with int $0x1f: a call number and five words.
 * Each input is a new guest (paging on, its page directory at 0x3000
 * mapping the first 64 KiB at 0 and at 0xc0000000, VMI_Init done, the
 * page it shares with the ROM moved to 0xe000) and a list of 21-byte
 * records: a call (any number, or one of the VMI numbers, or the run
 * of the ROM's queue), four arguments, some bent into guest memory or
 * onto its page tables, and 16 bytes written to guest memory before
 * it, which may fill the queue; a fifth word (SetAlarm's period high
 * word) from the memory offset or 0; then, if the record says so, the
 * host's timer fires (the PIT's and the alarm's deadlines,
 * devices_tick).  After every call the tables keep their invariants
 * (hvstub.c), the shadows' page-table counts included; a kill ends the
 * run with a reason.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <stdlib.h>
#include <string.h>
#include "fuzz.h"
#include "hvstub.h"
#include "hv/vmi/vmihost.h"
#include <asm-i386/vmi.h>

#define MEM	(64u << 10)
#define REC	21
#define SHARED	0xe000		/* the ROM's page, here */
#define RUN_QUEUE 0x7f		/* not a call: vmihost_run_queue() */

static u8 *mem;

static u32 word(const u8 *p)
{
	u32 v;

	memcpy(&v, p, 4);
	return v;
}

/* A directory at 0x3000, one table at 0x4000: 64 KiB at 0 and 3 GiB. */
static void page_tables(void)
{
	u32 *pd = (u32 *)(mem + 0x3000), *pt = (u32 *)(mem + 0x4000), i;

	for (i = 0; i < 16; i++)
		pt[i] = i << 12 | 0x67;
	pd[0] = 0x4000 | 0x67;
	pd[0xc0000000u >> 22] = 0x4000 | 0x67;
}

static bool run(const u8 *data, size_t len)
{
	const char *bad;
	size_t i;
	u32 call, a, b, c, d, e;

	if (!mem)
		mem = aligned_alloc(4096, MEM);
	stub_new_guest(&vmihost_abi, mem, MEM, LGUEST_TRAP_ENTRY);
	memset(&vcpu, 0, sizeof(vcpu));
	devices_init();
	page_tables();
	vcpu.cr3 = 0x3000;
	vcpu.vmi_active = true;
	vmihost_shared_gpa = SHARED;
	if (setjmp(stub_end)) {
		FUZZ_CHECK(stub_why[0]);
		bad = stub_audit_tables();
		if (bad)
			fuzz_fail(__FILE__, __LINE__, bad);
		return true;
	}
	for (i = 0; i + REC <= len; i += REC) {
		const u8 *r = data + i;

		memcpy(mem + (word(r + 17) % (MEM - 16)), r + 1, 16);
		call = r[0] & 0x80 ? r[0] & 0x7f : word(r + 1);
		a = word(r + 1);
		b = word(r + 5);
		c = word(r + 9);
		d = word(r + 13);
		/* A pointer into memory: no call from 64 up takes one. */
		if ((r[0] & 0x40) && call < 64)
			a = (r[0] & 0x20 ? 0xc0000000u : 0) + a % MEM;
		if (r[0] & 0x10)		/* a table index */
			b %= 300;
		if (r[0] & 0x08)		/* an entry of the tables */
			b = 0xc0003000 + b % 0x2000;
		e = r[0] & 0x02 ? word(r + 17) : 0;	/* a fifth word */
		if (call == RUN_QUEUE)
			vmihost_run_queue();
		else
			vmihost_call(call, a, b, c, d, e);
		stub_timer_fires = r[0] & 0x04;	/* the deadline passed */
		devices_tick();
		bad = stub_audit_tables();
		if (bad)
			fuzz_fail(__FILE__, __LINE__, bad);
	}
	return true;
}

/* What a kernel writes with WriteGDTEntry and WriteIDTEntry. */
static void table_seeds(void)
{
	static const u32 entries[][3] = {
		{ VMI_CALL_WriteGDTEntry, 12, 0x00cf9a00 },	/* code, DPL 0 */
		{ VMI_CALL_WriteGDTEntry, 6, 0x00cff300 },	/* TLS, DPL 3 */
		{ VMI_CALL_WriteGDTEntry, 20, 0x0000ec00 },	/* a call gate */
		{ VMI_CALL_WriteIDTEntry, 14, 0xc0108e00 },	/* an intr gate */
		{ VMI_CALL_WriteIDTEntry, 0x80, 0xc010ef00 },	/* a trap gate */
	};
	u8 r[REC];
	unsigned int i;
	u32 base = 0xc0002000, lo = 0x0000ffff;

	for (i = 0; i < ARRAY_SIZE(entries); i++) {
		memset(r, 0, sizeof(r));
		r[0] = 0x80 | entries[i][0];		/* raw pointer: as given */
		memcpy(r + 1, &base, 4);
		memcpy(r + 5, &entries[i][1], 4);
		if (entries[i][0] == VMI_CALL_WriteIDTEntry)
			lo = 0x00601000;
		memcpy(r + 9, &lo, 4);
		memcpy(r + 13, &entries[i][2], 4);
		r[17] = 0x00; r[18] = 0x30;		/* memory write elsewhere */
		fuzz_seed(r, sizeof(r));
	}
}

/*
 * What a kernel's MMU ops send: SetPxE on the page table, with and
 * without CURRENT_AS, on the directory, UpdatePxE, Allocate/Release;
 * then one SetPxE written into the ROM's queue, QCOUNT 1, and the run.
 */
static void put_rec(u8 *r, u32 call, const u32 args[3], u32 at,
		    const u32 mem_words[4])
{
	memset(r, 0, REC);
	r[0] = 0x80 | call;
	memcpy(r + 1, &args[0], 4);
	memcpy(r + 5, &args[1], 4);
	memcpy(r + 9, &args[2], 4);
	memcpy(r + 17, &at, 4);
	if (mem_words)				/* the 16 bytes: r + 1 */
		memcpy(r + 1, mem_words, 16);
}

static void mmu_seeds(void)
{
	static const u32 calls[][4] = {
		{ VMI_CALL_SetLinearMapping, 0, 0xc0000000, 16 },
		{ VMI_CALL_SetPxE, 0x5067, 0xc0004014, 0x5011 },
		{ VMI_CALL_SetPxE, 0x6067, 0xc0004018, VMI_PAGE_PT },
		{ VMI_CALL_SetPxE, 0x4067, 0xc0003004, VMI_PAGE_PD },
		{ VMI_CALL_UpdatePxE, 0xc0004014, 0x5011, 0 },
		{ VMI_CALL_AllocatePage, 4, VMI_PAGE_L1, 0 },
		{ VMI_CALL_ReleasePage, 3, VMI_PAGE_L2, 0 },
		{ VMI_CALL_SetCR3, 0x3000, 0, 0 },
	};
	static const u32 q0[4] = { VMI_CALL_SetPxE, 0x7067, 0xc000401c,
				   0x7011 };
	static const u32 q1[4] = { 0, 0, 0, 0 };
	static const u32 count[4] = { 1, 0, 0, 0 };
	static u8 in[(ARRAY_SIZE(calls) + 3) * REC];
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(calls); i++)
		put_rec(in + i * REC, calls[i][0], &calls[i][1], 0x2000, NULL);
	put_rec(in + i++ * REC, VMI_CALL_GetCR3, q0, SHARED + 32, q0);
	put_rec(in + i++ * REC, VMI_CALL_GetCR3, q1, SHARED + 48, q1);
	put_rec(in + i++ * REC, RUN_QUEUE, count, SHARED + 24, count);
	fuzz_seed(in, sizeof(in));
}

/*
 * What a kernel's clock does: a periodic alarm every 4 ms (the stub's
 * TSC runs at 1 GHz), the timer firing, a one-shot in the past, the
 * counters, the wallclock, a cancel; alarms on the stolen counter and
 * on the local APIC, which this host has not.
 */
static void time_seeds(void)
{
	static const u32 calls[][5] = {
		{ VMI_CALL_GetCycleFrequency },
		{ VMI_CALL_SetAlarm, VMI_ALARM_IS_PERIODIC, 4000000, 0, 4000000 },
		{ VMI_CALL_GetCycleCounter, VMI_CYCLES_STOLEN },
		{ VMI_CALL_SetAlarm, VMI_ALARM_IS_ONESHOT, 0, 0, 0 },
		{ VMI_CALL_CancelAlarm },
		{ VMI_CALL_GetWallclockTime },
		{ VMI_CALL_SetAlarm, VMI_ALARM_IS_PERIODIC | VMI_CYCLES_STOLEN },
		{ VMI_CALL_SetAlarm, VMI_ALARM_WIRED_LVTT, 0, 0, 0 },
		{ VMI_CALL_WallclockUpdated },
	};
	static u8 in[ARRAY_SIZE(calls) * REC];
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(calls); i++) {
		u8 *r = in + i * REC;

		r[0] = 0x80 | calls[i][0];	/* the timer fires after 68 */
		memcpy(r + 1, &calls[i][1], 16);
		r[17] = 0x00; r[18] = 0x90;	/* memory write: unused */
	}
	fuzz_seed(in, sizeof(in));
}

static void seeds(void)
{
	static u8 in[8 * REC];
	static const u8 calls[] = {
		VMI_CALL_SetGDT, VMI_CALL_WriteGDTEntry, VMI_CALL_WriteIDTEntry,
		VMI_CALL_UpdateKernelStack, VMI_CALL_SetPxE, VMI_CALL_FlushTLB,
		VMI_CALL_SetAlarm, VMI_CALL_GetIDT,
	};
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(calls); i++) {
		u8 *r = in + i * REC;

		r[0] = 0x80 | 0x40 | 0x20 | calls[i];
		r[1] = 0x00; r[2] = 0x20;		/* 0xc0002000 */
		r[5] = 12;				/* an index */
		r[9] = 0xff; r[10] = 0xff;
		r[17] = 0x00; r[18] = 0x20;		/* write at 0x2000 */
	}
	fuzz_seed(in, sizeof(in));
	table_seeds();
	mmu_seeds();
	time_seeds();
}

const struct fuzz_target fuzz_target = {
	.name = "vmicall",
	.max_len = 32 * REC,
	.seeds = seeds,
	.run = run,
};
