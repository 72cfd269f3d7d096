/*
 * Host-side fuzzing: the one guest, with the host's hardware stubbed
 *
 * Links hv/core's guest-facing code (desc.c, gmem.c, shadow.c) and
 * hv/lhype's hypercalls into a user program: guest memory is a heap
 * buffer, host pages come from aligned_alloc(), the switcher is a
 * blank area, the timer is the fuzzer's, and guest_kill()/guest_stop()
 * jump back to the fuzz target (the run ended; the next input starts a
 * new guest, as the real host would stop).
 * SPDX-License-Identifier: GPL-2.0
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "hvstub.h"

struct guest guest;
struct hv_state hv_state __attribute__((aligned(4096)));
u8 hv_regs_page[PAGE_SIZE] __attribute__((aligned(4096)));
const char hv_name[] = "fuzz";
u32 tsc_khz = 1000000;

jmp_buf stub_end;
char stub_why[256];
bool stub_timer_fires;
static u64 now;

/* The switcher's pages and stubs: only their addresses matter here. */
asm(".data\n.balign 4096\n.globl __switcher_start\n__switcher_start:\n"
    ".globl switcher_stubs\nswitcher_stubs:\n.space 8192\n"
    ".globl __switcher_end\n__switcher_end:\n.previous");

void guest_kill(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(stub_why, sizeof(stub_why), fmt, ap);
	va_end(ap);
	longjmp(stub_end, STUB_KILLED);
}

void guest_stop(int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(stub_why, sizeof(stub_why), fmt, ap);
	va_end(ap);
	(void)status;
	longjmp(stub_end, STUB_STOPPED);
}

void hv_msg(const char *fmt, ...)
{
	(void)fmt;
}

void hv_panic(const char *fmt, ...)
{
	(void)fmt;
	abort();			/* the host's own bug: never in a run */
}

void guest_wait(bool (*ready)(void))
{
	if (!ready())
		longjmp(stub_end, STUB_SLEPT);	/* would sleep: the run ends */
}

void guest_deliver_stub(void);

void hv_vline(const char *what, const char *fmt, va_list ap)
{
	(void)what;
	(void)fmt;
	(void)ap;
}

void console_write(const char *s, size_t n)
{
	volatile char sink = 0;

	while (n--)
		sink ^= *s++;	/* ASan checks every byte the host would send */
}

void console_putc(char c)
{
	volatile char sink = c;

	(void)sink;
}

u64 timer_now(void) { return now += 1000; }
u64 ns_to_tsc(u64 ns) { return ns; }
void timer_arm(u64 when) { (void)when; }
bool timer_expired(void) { return stub_timer_fires; }
void rtc_now(u32 *s, u32 *ns) { *s = 1; *ns = 2; }
void host_irq(unsigned int vector) { (void)vector; }

u32 page_alloc(void)
{
	void *p = aligned_alloc(PAGE_SIZE, PAGE_SIZE);

	if (!p)
		abort();
	memset(p, 0, PAGE_SIZE);
	return (u32)(unsigned long)p;
}

void page_free(u32 pa)
{
	free((void *)(unsigned long)pa);
}

/* A new guest: memory cleared, tables as at boot. */
void stub_new_guest(const struct hv_abi *abi, u8 *mem, u32 size,
		    unsigned int vector)
{
	memset(&guest, 0, sizeof(guest));
	memset(mem, 0, size);
	guest.abi = abi;
	guest.mem = mem;
	guest.mem_size = size;
	guest.page_offset = 0xc0000000u;
	guest.hypercall_vector = vector;
	guest.state = &hv_state;
	guest.regs = (struct guest_regs *)(hv_regs_page + PAGE_SIZE) - 1;
	guest_gdt_init();
	guest_idt_init();
	shadow_init();
	guest.paging = true;
	shadow_new_pgtable(0x3000);	/* the Launcher's tables, say */
	stub_timer_fires = false;
}

/*
 * The properties the tables must keep whatever the guest asked, stated
 * here from the CPU's rules, not from desc.c's code.
 */
static bool flat_ring0(struct desc d, u32 type)
{
	return d.lo == 0x0000ffff && d.hi == (0x00cf9000u | type << 8);
}

const char *stub_audit_tables(void)
{
	const struct hv_state *st = &hv_state;
	unsigned int i, type, dpl;
	u32 base, limit, tss = (u32)(unsigned long)&st->tss;
	struct desc d;

	for (i = 0; i < GUEST_GDT_ENTRIES; i++) {
		d = st->gdt[i];
		if (i == LGUEST_CS_ENTRY && !flat_ring0(d, 0xb))
			return "GDT 10 is not the host's code";
		if (i == LGUEST_DS_ENTRY && !flat_ring0(d, 0x3))
			return "GDT 11 is not the host's data";
		if (i == LGUEST_TSS_ENTRY &&
		    (DESC_BASE(d) != tss || (DESC_TYPE(d) | 2) != 0xb ||
		     DESC_S(d) || DESC_DPL(d)))
			return "GDT 16 is not the host's TSS";
		if (i == LGUEST_DOUBLEFAULT_ENTRY && (d.lo || d.hi))
			return "GDT 31 changed";
		if (i == LGUEST_CS_ENTRY || i == LGUEST_DS_ENTRY ||
		    i == LGUEST_TSS_ENTRY || !DESC_P(d))
			continue;
		if (!DESC_S(d))
			return "a system descriptor in the guest's GDT";
		if (DESC_DPL(d) == 0)
			return "a DPL 0 segment in the guest's GDT";
		if (!(d.hi & 0x100))
			return "a segment not marked accessed";
		type = DESC_TYPE(d);
		if (!(type & 8) && (type & 4))
			return "an expand-down data segment";
		base = DESC_BASE(d);
		limit = (d.lo & 0xffff) | (d.hi & 0xf0000);
		if (d.hi & 0x800000)
			limit = limit << 12 | 0xfff;
		if (base + limit < base || base + limit >= LGUEST_SWITCHER_ADDR)
			return "a segment reaches the host's 4 MiB";
	}
	for (i = 0; i < 256; i++) {
		d = st->idt[i];
		dpl = DESC_DPL(d);
		if (!DESC_P(d))
			return "a gate not present";
		if ((d.lo >> 16) == HV_CS) {
			if (DESC_TYPE(d) != GATE_INTR ||
			    GATE_OFFSET(d) != (u32)(unsigned long)switcher_stubs +
			    i * SWITCHER_STUB_SIZE)
				return "a ring-0 gate not to its switcher stub";
			if (i == guest.hypercall_vector ? dpl != 1 :
			    ((i == 8 || (i >= 10 && i <= 14) || i == 17 ||
			      (i >= 0x20 && i < 0x30)) && dpl))
				return "a switcher gate with the wrong DPL";
		} else if ((d.lo >> 16) == LGUEST_KERNEL_CS) {
			if (DESC_TYPE(d) != GATE_TRAP || (i >= 32 && i != 0x80) ||
			    i == 2 || i == 7 || i == 8 || i == 13 || i == 14 ||
			    i == 15 || i == guest.hypercall_vector)
				return "a direct gate where the host must see it";
		} else {
			return "a gate with a selector that is neither";
		}
	}
	if (st->tss.ss0 != HV_DS || st->tss.esp0 != (u32)(unsigned long)
	    (guest.regs + 1) || st->tss.io_bitmap < sizeof(st->tss))
		return "the TSS's ring-0 stack or I/O map changed";
	if (st->tss.ss1 && (st->tss.ss1 & 3) != GUEST_PL)
		return "the ring-1 stack selector is not RPL 1";
	return shadow_audit();
}
