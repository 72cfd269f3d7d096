/*
 * Hypervisor core: the host's GDT and IDT, and its own traps
 *
 * boot.S loads hv_host_gdt: the flat ring-0 code and data the host runs
 * on, in lguest's slots 10 and 11 (HV_CS, HV_DS), which every guest GDT
 * also holds so the switcher keeps running across the change.
 * hostcpu_init() loads the host's IDT: an exception here is a bug of
 * the host, which stops with its state; the PIC's interrupts (vectors
 * 0x20-0x2f) are taken while the host waits for its guest.
 * SPDX-License-Identifier: GPL-2.0
 */
#include "hv.h"

#define FLAT_CODE_RING0	{ 0x0000ffff, 0x00cf9b00 }
#define FLAT_DATA_RING0	{ 0x0000ffff, 0x00cf9300 }

struct desc hv_host_gdt[32] __attribute__((aligned(8))) = {
	[HV_CS / 8] = FLAT_CODE_RING0,
	[HV_DS / 8] = FLAT_DATA_RING0,
};
struct dt_ptr hv_host_gdt_ptr = {
	.limit = sizeof(hv_host_gdt) - 1,
	.base = (u32)hv_host_gdt,
};

static struct desc host_idt[48] __attribute__((aligned(8)));
struct dt_ptr hv_host_idt_ptr;
extern const char host_stubs[];

u8 hv_stack[HV_STACK_SIZE] __attribute__((aligned(16)));

struct host_frame {
	u32 edi, esi, ebp, esp, ebx, edx, ecx, eax;	/* pushal */
	u32 vector, errcode;
	u32 eip, cs, eflags;
};

void host_trap(struct host_frame *f);
void host_trap(struct host_frame *f)
{
	if (f->vector >= HV_IRQ_VECTOR && f->vector < HV_IRQ_VECTOR + 16) {
		host_irq(f->vector);
		return;
	}
	hv_panic("exception %u (error %#x) at %#x, cr2 %#x, eax %#x ebx %#x "
		 "ecx %#x edx %#x esi %#x edi %#x ebp %#x",
		 f->vector, f->errcode, f->eip, read_cr2(), f->eax, f->ebx,
		 f->ecx, f->edx, f->esi, f->edi, f->ebp);
}

void hostcpu_init(void)
{
	unsigned int v;

	for (v = 0; v < ARRAY_SIZE(host_idt); v++)
		host_idt[v] = make_gate((u32)host_stubs + v * HOST_STUB_SIZE,
					HV_CS, GATE_INTR, 0);
	hv_host_idt_ptr.limit = sizeof(host_idt) - 1;
	hv_host_idt_ptr.base = (u32)host_idt;
	asm volatile("lidt %0" : : "m"(hv_host_idt_ptr.limit));
}

/* A PIC interrupt, taken in the host or as a guest exit. */
void host_irq(unsigned int vector)
{
	unsigned int irq = vector - HV_IRQ_VECTOR;

	if (irq == 0)
		timer_irq();
	else if (irq != 7 && irq != 15)		/* not spurious */
		pic_eoi(irq);
}
