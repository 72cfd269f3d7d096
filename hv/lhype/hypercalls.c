/*
 * lhype: hypercalls, the deferred ring, and virtual interrupts
 *
 * The guest kernel (ring 1) traps to the host with int $0x1f, EAX = the
 * call, EDX, EBX, ECX = its arguments (include/linux/lguest.h).  The
 * first call must be LGUEST_INIT, which names struct lguest_data, the
 * page the two share: the guest's virtual interrupt flag and mask, the
 * host's CR2, time and TSC rate, and a ring of 64 calls the guest
 * queues without a trap (lazy modes).  Before every entry (prepare)
 * the host runs the ring, in order from where it stopped, then
 * delivers the lowest pending interrupt the guest has not blocked, if
 * its flag allows and its EIP is not in its noirq window.  Every guest
 * address is checked (gmem.c); any bad argument kills the guest with a
 * reason: there is no error return in this ABI.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include "lhype.h"

static struct lguest_data *ld;		/* in guest memory, once INIT */
static u32 *irq_pending_word;		/* pv386: see lguest.h */
static u32 pending;			/* interrupts raised, by bit */
static unsigned int ring_next;
static bool timer_armed;
static u64 irqoff_since;		/* an irq waits on the flag since */

/* A new guest: nothing shared yet (the fuzzer starts many). */
void lhype_hcall_reset(void)
{
	ld = NULL;
	irq_pending_word = NULL;
	pending = 0;
	ring_next = 0;
	timer_armed = false;
	irqoff_since = 0;
}

static const char *const names[LHCALL_NR] = {
	"FLUSH_ASYNC", "LGUEST_INIT", "CRASH", "LOAD_GDT", "NEW_PGTABLE",
	"FLUSH_TLB", "LOAD_IDT_ENTRY", "SET_STACK", "TS", "SET_CLOCKEVENT",
	"HALT", "11", "BIND_DMA", "SEND_DMA", "SET_PTE", "SET_PMD",
	"LOAD_TLS",
};

static const char *name(u32 call)
{
	return call < LHCALL_NR ? names[call] : "an unknown call";
}

static void *guest_range(u32 call, u32 gpa, u32 len)
{
	void *p = gpa_ptr(gpa, len);

	if (!p)
		guest_kill("%s: %u bytes at %#x are outside guest memory",
			   name(call), len, gpa);
	return p;
}

static void refresh_time(void)
{
	u32 s, ns;

	rtc_now(&s, &ns);
	ld->time.tv_sec = s;
	ld->time.tv_nsec = ns;
}

static void lguest_init(u32 gpa)
{
	if (gpa & 3)
		guest_kill("LGUEST_INIT: lguest_data at %#x is not aligned",
			   gpa);
	ld = guest_range(LHCALL_LGUEST_INIT, gpa, sizeof(*ld));
	ld->reserve_mem = LGUEST_RESERVE_MEM;
	ld->guestid = 0;
	ld->tsc_khz = tsc_khz;
	refresh_time();
	shadow_flush(true);
}

/* CRASH: "Power down", "Power down (status N)", or a panic message. */
static void __attribute__((noreturn)) crash(u32 gpa)
{
	char msg[129];
	u32 n = 128, status = 0;
	const char *p;

	if (gpa >= guest.mem_size)
		guest_kill("CRASH: message at %#x is outside guest memory", gpa);
	if (n > guest.mem_size - gpa)
		n = guest.mem_size - gpa;
	memcpy(msg, gpa_ptr(gpa, n), n);
	msg[n] = 0;
	msg[strnlen(msg, n)] = 0;
	if (!strncmp(msg, "Power down", 10)) {
		p = strchr(msg, '(');
		if (p && !strncmp(p, "(status ", 8))
			status = simple_strtoul(p + 8, NULL, 10);
		if (status > 2)
			status = 2;
		guest_stop(status, "guest powered off (status %u)", status);
	}
	guest_stop(2, "guest crashed: %s", msg);
}

static u32 do_hcall(u32 call, u32 a1, u32 a2, u32 a3)
{
	const char *bad = NULL;

	if (!ld && call != LHCALL_LGUEST_INIT)
		guest_kill("hypercall %u (%s) before LGUEST_INIT", call,
			   name(call));
	switch (call) {
	case LHCALL_FLUSH_ASYNC:
		break;
	case LHCALL_LGUEST_INIT:
		if (ld)
			guest_kill("LGUEST_INIT made twice");
		lguest_init(a1);
		break;
	case LHCALL_CRASH:
		crash(a1);
	case LHCALL_LOAD_GDT:
		if (a2 > LGUEST_GDT_ENTRIES)
			guest_kill("LOAD_GDT: %u entries, the limit is %u", a2,
				   LGUEST_GDT_ENTRIES);
		bad = guest_load_gdt(guest_range(call, a1, a2 * 8), a2, 0);
		break;
	case LHCALL_NEW_PGTABLE:
		guest_range(call, a1 & PTE_FRAME, PAGE_SIZE);
		shadow_new_pgtable(a1 & PTE_FRAME);
		break;
	case LHCALL_FLUSH_TLB:
		shadow_flush(a1 != 0);
		break;
	case LHCALL_LOAD_IDT_ENTRY:
		bad = guest_set_gate(a1, a2, a3);
		break;
	case LHCALL_SET_STACK:
		bad = guest_set_stack(a1, a2, a3);
		break;
	case LHCALL_TS:
		guest.ts = a1 != 0;
		break;
	case LHCALL_SET_CLOCKEVENT:
		timer_armed = a1 != 0;
		timer_arm(a1 ? timer_now() + ns_to_tsc(a1) : 0);
		break;
	case LHCALL_HALT:
		guest.halted = true;
		break;
	case LHCALL_BIND_DMA:
		return devices_bind_dma(a1, a2, a3);
	case LHCALL_SEND_DMA:
		devices_send_dma(a1, a2);
		break;
	case LHCALL_SET_PTE:
		shadow_set_pte(a1, a2, a3);
		break;
	case LHCALL_SET_PMD:
		shadow_set_pmd(a1, a2);
		break;
	case LHCALL_LOAD_TLS:
		bad = guest_load_gdt(guest_range(call, a1, 3 * 8), 3,
				     LGUEST_TLS_ENTRY);
		break;
	case LHCALL_PV386_IRQ_PENDING:
		if (a1 & 3)
			guest_kill("PV386_IRQ_PENDING: %#x is not aligned", a1);
		irq_pending_word = guest_range(call, a1, 4);
		break;
	case LHCALL_PV386_STATS:
		return (u32)guest.exits;
	default:
		guest_kill("unknown hypercall %u", call);
	}
	if (bad)
		guest_kill("%s: %s", name(call), bad);
	return 0;
}

/*
 * The ring: from where the host stopped, each slot whose status is not
 * 0xff, in order, at most once round; a slot is free again (0xff) once
 * its call is done.
 */
static void run_ring(void)
{
	struct hcall_args a;
	unsigned int n;

	for (n = 0; n < LHCALL_RING_SIZE; n++) {
		if (ld->hcall_status[ring_next] == LHCALL_SLOT_FREE)
			break;
		a = ld->hcalls[ring_next];
		do_hcall(a.eax, a.edx, a.ebx, a.ecx);
		ld->hcall_status[ring_next] = LHCALL_SLOT_FREE;
		ring_next = (ring_next + 1) % LHCALL_RING_SIZE;
	}
}

static void hypercall(struct guest_regs *r)
{
	if (ld)
		run_ring();
	r->eax = do_hcall(r->eax, r->edx, r->ebx, r->ecx);
}

/* --- virtual interrupts ---------------------------------------------------- */

static u32 deliverable(void)
{
	return pending & ~ld->blocked_interrupts;
}

static bool wake_up(void)
{
	if (timer_expired()) {
		timer_armed = false;
		pending |= 1u << LGUEST_TIMER_IRQ;
	}
	return deliverable() != 0;
}

static void halt(void)
{
	if (!deliverable() &&
	    !(timer_armed && !(ld->blocked_interrupts & 1)))
		guest_kill("HALT with no interrupt that could wake it "
			   "(timer %s, blocked %#x)",
			   timer_armed ? "armed" : "off",
			   ld->blocked_interrupts);
	guest_wait(wake_up);
	guest.halted = false;
	ld->irq_enabled = LGUEST_IRQ_ENABLED;
}

static void deliver_interrupt(void)
{
	struct guest_regs *r = guest.regs;
	u32 avail = deliverable();
	unsigned int irq;

	if (!avail)
		return;
	if ((r->cs & 3) == GUEST_PL && r->eip >= ld->noirq_start &&
	    r->eip < ld->noirq_end)
		return;
	if (!(ld->irq_enabled & LGUEST_IRQ_ENABLED)) {
		if (irq_pending_word)
			*irq_pending_word = 1;
		if (!irqoff_since)
			irqoff_since = timer_now();
		else if (timer_now() - irqoff_since >
			 (u64)lhype_opts.irqoff_secs * tsc_khz * 1000)
			guest_kill("interrupts off for over %u s with irq %u "
				   "waiting", lhype_opts.irqoff_secs,
				   __builtin_ctz(avail));
		return;
	}
	irqoff_since = 0;
	irq = __builtin_ctz(avail);
	if (!DESC_P(guest.gates[LGUEST_IRQ_VECTOR_BASE + irq]))
		return;
	pending &= ~(1u << irq);
	guest_deliver(LGUEST_IRQ_VECTOR_BASE + irq, false, 0);
	refresh_time();
	if (irq_pending_word)
		*irq_pending_word = deliverable() != 0;
}

static void prepare(void)
{
	if (!ld)
		return;
	run_ring();
	wake_up();
	if (guest.halted)
		halt();
	deliver_interrupt();
}

static u32 get_if(void)
{
	return ld ? ld->irq_enabled & LGUEST_IRQ_ENABLED : 0;
}

static void set_if(u32 flag)
{
	if (ld)
		ld->irq_enabled = flag;
}

static void set_cr2(u32 addr)
{
	if (ld)
		ld->cr2 = addr;
}

/* Port I/O from the guest: nothing is there; IN reads all ones. */
static void port_io(u16 port, unsigned int size, bool in, u32 *val)
{
	(void)port;
	(void)size;
	if (in)
		*val = ~0u;
}

const struct hv_abi lhype_abi = {
	.hypercall = hypercall,
	.prepare = prepare,
	.get_if = get_if,
	.set_if = set_if,
	.set_cr2 = set_cr2,
	.port_io = port_io,
};
