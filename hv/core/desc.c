/*
 * Hypervisor core: the guest's GDT, IDT and trap stack
 *
 * The CPU runs the guest on tables in the state page, which the guest
 * cannot write: the host copies in what the guest asks for, checked.
 *  - GDT: slots 10, 11 (the host's ring-0 code and data), 16 (the TSS)
 *    and 31 stay the host's.  Code and data descriptors the guest loads
 *    at DPL 0 are raised to DPL 1, as the guest runs in ring 1, and
 *    marked accessed (the CPU must never write the read-only table);
 *    system descriptors (call, task, interrupt gates, TSS, LDT) are
 *    refused: a call gate would lead to ring 0.
 *  - Segment limits keep the guest kernel out of the top 4 MiB.  Paging
 *    cannot: ring 1 is a supervisor ring, and the switcher's pages must
 *    be mapped in every guest address space for the CPU to cross.  So
 *    every guest segment ends below LGUEST_SWITCHER_ADDR: its limit is
 *    cut to fit (a segment that starts in the host's area is marked not
 *    present), and expand-down segments, which reach the top, are
 *    refused.  The CPU checks limits on every access (QEMU's TCG does
 *    not: the tests that prove this run on Bochs).
 *  - IDT: the guest's gates are kept in guest.gates, their selector
 *    forced to the guest kernel's code.  The CPU's IDT sends everything
 *    to the switcher's stubs, except the guest's trap gates for
 *    exceptions and int $0x80 (not 7, 13, 14, which the host must see
 *    first, nor the double fault and NMI), which the CPU delivers
 *    straight to the guest in ring 1 with no exit.
 *  - Before each entry, the selectors and flags the switcher will pop
 *    are checked against the current GDT, so the switcher's iret never
 *    faults in ring 0 (guest_check_frame).
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include "hv.h"
#include "guest.h"

extern const char switcher_stubs[];

#define FLAT(access)	{ 0x0000ffff, 0x00cf0000 | ((access) << 8) }
/* Flat but for the top 4 MiB: limit 0xffbff pages. */
#define GUEST_FLAT(access) { 0x0000fbff, 0x00cf0000 | ((access) << 8) }

static const struct desc initial_gdt[GUEST_GDT_ENTRIES] = {
	[LGUEST_CS_ENTRY] = FLAT(0x9b),		/* ring 0 code, accessed */
	[LGUEST_DS_ENTRY] = FLAT(0x93),		/* ring 0 data */
	[LGUEST_KERNEL_CS_ENTRY] = GUEST_FLAT(0xbb),	/* ring 1 code */
	[LGUEST_KERNEL_DS_ENTRY] = GUEST_FLAT(0xb3),	/* ring 1 data */
};

/* The last byte a guest segment may reach. */
#define GUEST_SEG_TOP	(LGUEST_SWITCHER_ADDR - 1)

static u32 desc_limit(struct desc d)
{
	u32 l = (d.lo & 0xffff) | (d.hi & 0xf0000);

	return (d.hi & 0x800000) ? (l << 12) | 0xfff : l;
}

static void set_limit(struct desc *d, u32 limit)
{
	d->lo &= ~0xffffu;
	d->hi &= ~0x8f0000u;
	if (limit > 0xfffff) {
		limit >>= 12;
		d->hi |= 0x800000;		/* 4 KiB granularity */
	}
	d->lo |= limit & 0xffff;
	d->hi |= limit & 0xf0000;
}

/* Cut a code or data segment so that base + limit stays below the host. */
static const char *clamp_segment(struct desc *d)
{
	u32 base = DESC_BASE(*d), limit = desc_limit(*d), room;

	if (!(DESC_TYPE(*d) & 0x8) && (DESC_TYPE(*d) & 0x4))
		return "an expand-down data segment";
	if (base > GUEST_SEG_TOP) {
		d->hi &= ~0x8000u;		/* all in the host's area */
		return NULL;
	}
	room = GUEST_SEG_TOP - base;
	if (limit <= room)
		return NULL;
	/* Whole pages if the byte limit does not fit in 20 bits. */
	if (room > 0xfffff)
		room = ((room + 1) & PTE_FRAME) - 1;
	set_limit(d, room);
	return NULL;
}

static bool host_slot(unsigned int n)
{
	return n == LGUEST_CS_ENTRY || n == LGUEST_DS_ENTRY ||
	       n == LGUEST_TSS_ENTRY || n == LGUEST_DOUBLEFAULT_ENTRY;
}

/* Fixes up one descriptor the guest wants in slot n, or says why not. */
const char *gdt_check_entry(unsigned int n, struct desc *d)
{
	(void)n;
	if (!DESC_P(*d))
		return NULL;		/* loading it faults, in the guest */
	if (!DESC_S(*d))
		return "a system descriptor (gate, TSS or LDT)";
	if (DESC_DPL(*d) == 0)
		d->hi |= GUEST_PL << DESC_DPL_SHIFT;
	d->hi |= 0x100;			/* accessed */
	return clamp_segment(d);
}

void guest_gdt_init(void)
{
	struct hv_state *st = guest.state;
	u32 base = (u32)&st->tss, limit = sizeof(st->tss) - 1;

	memcpy(st->gdt, initial_gdt, sizeof(st->gdt));
	st->gdt[LGUEST_TSS_ENTRY].lo = (base << 16) | limit;
	st->gdt[LGUEST_TSS_ENTRY].hi = (base & 0xff000000) |
		((base >> 16) & 0xff) | 0x8900;	/* present 32-bit TSS */
	st->gdt_ptr.limit = sizeof(st->gdt) - 1;
	st->gdt_ptr.base = (u32)st->gdt;

	memset(&st->tss, 0, sizeof(st->tss));
	st->tss.ss0 = HV_DS;
	st->tss.esp0 = (u32)(guest.regs + 1);
	st->tss.io_bitmap = sizeof(st->tss);	/* none: no port access */
}

/* Loads n descriptors from d into slots first.. (LOAD_GDT, LOAD_TLS). */
const char *guest_load_gdt(const struct desc *d, unsigned int n,
			   unsigned int first)
{
	static char why[80];
	struct desc e;
	unsigned int i;
	const char *bad;

	if (first > GUEST_GDT_ENTRIES || n > GUEST_GDT_ENTRIES - first)
		return "more than 32 GDT entries";
	for (i = 0; i < n; i++) {
		if (host_slot(first + i))
			continue;
		memcpy(&e, &d[i], sizeof(e));	/* d may be unaligned */
		bad = gdt_check_entry(first + i, &e);
		if (bad) {
			snprintf(why, sizeof(why), "GDT entry %u is %s",
				 first + i, bad);
			return why;
		}
		guest.state->gdt[first + i] = e;
	}
	return NULL;
}

/* --- the IDT -------------------------------------------------------------- */

static bool direct_trap(unsigned int v, struct desc g)
{
	if (!DESC_P(g) || DESC_TYPE(g) != GATE_TRAP)
		return false;
	if (v == 2 || v == 7 || v == 8 || v == 13 || v == 14 || v == 15 ||
	    v == guest.hypercall_vector)
		return false;
	return v < 32 || v == 0x80;
}

bool vector_has_errcode(unsigned int v)
{
	return v == 8 || (v >= 10 && v <= 14) || v == 17;
}

/* The gate the CPU uses for vector v while the guest runs. */
static void set_real_gate(unsigned int v)
{
	struct desc g = guest.gates[v];
	u32 dpl = 0;

	if (direct_trap(v, g)) {
		guest.state->idt[v] = g;
		return;
	}
	if (v == guest.hypercall_vector)
		dpl = GUEST_PL;
	else if (DESC_P(g) && !vector_has_errcode(v) &&
		 !(v >= HV_IRQ_VECTOR && v < HV_IRQ_VECTOR + 16))
		dpl = DESC_DPL(g);	/* int3, into, int $n: as the guest says */
	guest.state->idt[v] = make_gate((u32)switcher_stubs +
					v * SWITCHER_STUB_SIZE, HV_CS,
					GATE_INTR, dpl);
}

void guest_idt_init(void)
{
	unsigned int v;

	memset(guest.gates, 0, sizeof(guest.gates));
	for (v = 0; v < 256; v++)
		set_real_gate(v);
	guest.state->idt_ptr.limit = sizeof(guest.state->idt) - 1;
	guest.state->idt_ptr.base = (u32)guest.state->idt;
}

/* LOAD_IDT_ENTRY: the guest's gate for vector (lo, hi as in the IDT). */
const char *guest_set_gate(unsigned int vector, u32 lo, u32 hi)
{
	struct desc g = { lo, hi };

	if (vector >= 256)
		return "IDT vector out of range";
	if (vector == 2 || vector == 8 || vector == 15 ||
	    vector == guest.hypercall_vector)
		return NULL;			/* the host's, silently */
	if (!DESC_P(g)) {
		guest.gates[vector].lo = guest.gates[vector].hi = 0;
	} else {
		if (DESC_TYPE(g) != GATE_INTR && DESC_TYPE(g) != GATE_TRAP)
			return "IDT entry is not a 32-bit interrupt or trap gate";
		guest.gates[vector] = make_gate(GATE_OFFSET(g),
						LGUEST_KERNEL_CS,
						DESC_TYPE(g), DESC_DPL(g));
	}
	set_real_gate(vector);
	return NULL;
}

/* --- selectors ------------------------------------------------------------- */

/* The descriptor a selector names, or NULL: null, LDT or past the end. */
static const struct desc *gdt_lookup(u32 sel)
{
	sel &= 0xffff;
	if (sel < 8 || (sel & 4) || (sel >> 3) >= GUEST_GDT_ENTRIES)
		return NULL;
	return &guest.state->gdt[sel >> 3];
}

u32 guest_seg_base(u32 sel)
{
	const struct desc *d = gdt_lookup(sel);

	return d ? DESC_BASE(*d) : 0;
}

/* A present, writable data segment at exactly privilege level pl? */
static bool stack_segment(u32 sel, u32 pl)
{
	const struct desc *d = gdt_lookup(sel);

	return d && (sel & 3) == pl && DESC_P(*d) && DESC_S(*d) &&
	       (DESC_TYPE(*d) & 0xa) == 0x2 && DESC_DPL(*d) == pl;
}

/* May the switcher's iret resume at cs (ring 1 or 3)? */
static bool code_segment(u32 sel)
{
	const struct desc *d = gdt_lookup(sel);
	u32 rpl = sel & 3;

	if (!d || rpl == 0 || !DESC_P(*d) || !DESC_S(*d) ||
	    !(DESC_TYPE(*d) & 0x8))
		return false;
	if (DESC_TYPE(*d) & 0x4)		/* conforming */
		return DESC_DPL(*d) <= rpl;
	return DESC_DPL(*d) == rpl;
}

/* May the switcher pop sel into a data segment register, in ring 0? */
static bool data_segment(u32 sel)
{
	const struct desc *d = gdt_lookup(sel);

	if ((sel & 0xfffc) == 0)
		return true;			/* null is always fine */
	if (!d || !DESC_P(*d) || !DESC_S(*d))
		return false;
	if ((DESC_TYPE(*d) & 0xa) == 0x8)	/* execute-only code */
		return false;
	if ((DESC_TYPE(*d) & 0xc) == 0xc)	/* conforming code */
		return true;
	return DESC_DPL(*d) >= (sel & 3);
}

/*
 * Before each entry: the switcher pops these into segment registers
 * and irets to them in ring 0, where a fault would be the host's.  A
 * code or stack selector the GDT no longer backs kills the guest; a
 * stale data selector is cleared, as the CPU does when it leaves for an
 * outer ring.  Flags the guest must never run with are cleared.
 */
const char *guest_check_frame(struct guest_regs *r)
{
	u32 *seg[] = { &r->ds, &r->es, &r->fs, &r->gs };
	unsigned int i;

	r->cs &= 0xffff;
	r->ss &= 0xffff;
	if (!code_segment(r->cs))
		return "its code segment is not a ring-1 or ring-3 code "
		       "segment of its GDT";
	if (!stack_segment(r->ss, r->cs & 3))
		return "its stack segment does not match its ring";
	for (i = 0; i < ARRAY_SIZE(seg); i++) {
		*seg[i] &= 0xffff;
		if (!data_segment(*seg[i]))
			*seg[i] = 0;
	}
	r->eflags &= ~(X86_EFLAGS_NT | X86_EFLAGS_VM | X86_EFLAGS_IOPL |
		       X86_EFLAGS_VIF | X86_EFLAGS_VIP);
	r->eflags |= X86_EFLAGS_IF | 0x2;
	return NULL;
}

/* SET_STACK: the ring-1 stack for traps from user mode. */
const char *guest_set_stack(u32 ss, u32 esp, u32 pages)
{
	if (!stack_segment(ss, GUEST_PL))
		return "the selector is not a ring-1 stack segment";
	if (pages > 2)
		return "more than 2 stack pages";
	guest.ss1 = ss & 0xffff;
	guest.esp1 = esp;
	guest.state->tss.ss1 = guest.ss1;
	guest.state->tss.esp1 = esp;
	return NULL;
}
