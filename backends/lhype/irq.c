/*
 * The lhype guest backend: interrupts and halting
 *
 * The host delivers IRQ n at vector 0x20 + n (0 the timer, 1 + n the
 * lguest bus's device n) when irq_enabled is set, the IRQ's bit in
 * lguest_data.blocked_interrupts is clear and our EIP is outside
 * lhype_iret's window; our IDT gates for those vectors are idt.c's,
 * sent to the host as they are written (lhype_write_idt_entry).  There
 * is no 8259A: init_IRQ makes irq.c's request_irq() and do_IRQ() mask,
 * unmask and acknowledge through blocked_interrupts instead (the
 * series' irq_controller).  An interrupt needs no end-of-interrupt:
 * do_IRQ() masks the line while its handler runs and unmasks it after.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <asm/irq.h>
#include <asm/irqflags.h>
#include <asm/paravirt.h>
#include "lhype.h"

/* Our IRQs are the PIC's numbers, all within the host's 32. */
BUILD_BUG_ON(NR_IRQS > LGUEST_IRQS);
BUILD_BUG_ON(FIRST_EXTERNAL_VECTOR != LGUEST_IRQ_VECTOR_BASE);

/* A masked line stays pending at the host until unmasked. */
static void lhype_unmask(int irq)
{
	__atomic_and_fetch(&lguest_data.blocked_interrupts, ~(1U << irq),
			   __ATOMIC_SEQ_CST);
}

static void lhype_mask_ack(int irq)
{
	__atomic_or_fetch(&lguest_data.blocked_interrupts, 1U << irq,
			  __ATOMIC_SEQ_CST);
}

void __init lhype_init_IRQ(void)
{
	lguest_data.blocked_interrupts = ~0U;
	irq_controller.unmask = lhype_unmask;
	irq_controller.mask_ack = lhype_mask_ack;
}

/*
 * HALT sleeps until an interrupt is pending and delivers it; the host
 * sets irq_enabled as it wakes us.  We set it first all the same, so
 * that safe_halt's enable and halt are one step, as sti; hlt are.  The
 * kernel halts with interrupts off only with nothing left to do (a
 * halt that never wakes is no use to a guest), so halt is the same.
 */
void lhype_safe_halt(void)
{
	lguest_data.irq_enabled = X86_EFLAGS_IF;
	lhype_hcall(LHCALL_HALT, 0, 0, 0);
}

void lhype_halt(void)
{
	lhype_safe_halt();
}
