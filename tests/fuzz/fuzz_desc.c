/*
 * Host-side fuzzing target: descriptors, gates, stacks and frames
 *
 * What desc.c takes from a guest, one 9-byte record at a time: a kind
 * byte and two words.  GDT descriptors into any slot (LOAD_GDT and
 * LOAD_TLS go through guest_load_gdt()), IDT gates for any vector
 * (guest_set_gate(), vectors past 255 too), SET_STACK selectors, and
 * frames for the switcher to pop (guest_check_frame()).  A refusal is
 * a reason string; an acceptance must leave the tables with their
 * invariants (hvstub.c: stub_audit_tables) and an accepted frame must
 * be one the CPU's iret to ring 1 or 3 takes.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <string.h>
#include "fuzz.h"
#include "hvstub.h"

#define REC	9

static u8 mem[16384] __attribute__((aligned(4096)));

static u32 word(const u8 *p)
{
	u32 v;

	memcpy(&v, p, 4);
	return v;
}

static bool run(const u8 *data, size_t len)
{
	struct guest_regs *r;
	struct desc d;
	const char *why, *bad;
	volatile unsigned int accepted = 0;
	size_t i;
	u32 lo, hi;

	stub_new_guest(NULL, mem, sizeof(mem), LGUEST_TRAP_ENTRY);
	r = guest.regs;
	if (setjmp(stub_end))
		fuzz_fail(__FILE__, __LINE__, "desc.c killed the guest itself");
	for (i = 0; i + REC <= len; i += REC) {
		lo = word(data + i + 1);
		hi = word(data + i + 5);
		switch (data[i] & 3) {
		case 0:
			d.lo = lo;
			d.hi = hi;
			why = guest_load_gdt(&d, 1, (data[i] >> 2) % 40);
			break;
		case 1:
			why = guest_set_gate((data[i] >> 2) | (lo & 0x100), lo, hi);
			break;
		case 2:
			why = guest_set_stack(lo & 0xffff, hi, lo >> 29);
			break;
		default:
			r->cs = lo & 0xffff;
			r->ss = lo >> 16;
			r->ds = hi & 0xffff;
			r->gs = hi >> 16;
			r->eflags = lo ^ hi;
			why = guest_check_frame(r);
			if (!why) {
				FUZZ_CHECK((r->cs & 3) != 0);
				FUZZ_CHECK((r->ss & 3) == (r->cs & 3));
				FUZZ_CHECK(r->cs >= 8 && !(r->cs & 4));
				FUZZ_CHECK(r->eflags & 0x200);
				FUZZ_CHECK(!(r->eflags & 0x27000)); /* NT VM IOPL */
			}
			break;
		}
		if (why)
			FUZZ_CHECK(why[0] > ' ' && why[0] < 0x7f);
		else
			accepted++;
		bad = stub_audit_tables();
		if (bad)
			fuzz_fail(__FILE__, __LINE__, bad);
	}
	return accepted > 0;
}

static void seeds(void)
{
	static const u8 seed[] = {
		/* slot 12: flat ring-0 code, slot 13: flat data, DPL 3 */
		0 | 12 << 2, 0xff, 0xff, 0, 0, 0, 0x9b, 0xcf, 0,
		0 | 13 << 2, 0xff, 0xff, 0, 0, 0, 0xf3, 0xcf, 0,
		/* gates: 14 interrupt, 0x80 trap DPL 3, 3 trap DPL 3 */
		1 | 14 << 2, 0, 0x10, 0x61, 0, 0, 0x8e, 0x10, 0xc0,
		1 | 0x20 << 2, 0, 0x10, 0x61, 0, 0, 0xef, 0x10, 0xc0,
		1 | 3 << 2, 0, 0x10, 0x61, 0, 0, 0xef, 0x10, 0xc0,
		/* SET_STACK 0x69, a frame for ring 1 and one for ring 3 */
		2, 0x69, 0, 0, 0x20, 0, 0, 0x20, 0xc0,
		3, 0x61, 0, 0x69, 0, 0x69, 0, 0, 0,
		3, 0x73, 0, 0x7b, 0, 0x7b, 0, 0, 0,
	};

	fuzz_seed(seed, sizeof(seed));
}

const struct fuzz_target fuzz_target = {
	.name = "desc",
	.max_len = 48 * REC,
	.seeds = seeds,
	.run = run,
};
