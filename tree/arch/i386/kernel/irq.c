/*
 * Hardware interrupt (IRQ) dispatch
 *
 * handle_trap() calls do_IRQ() for vectors 32-47.  The IRQ is masked and
 * acknowledged at the PIC (i8259.c), counted, handed to the one handler
 * registered with request_irq() (time.c registers the timer on IRQ 0),
 * and unmasked again.  Interrupts stay off while a handler runs.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/errno.h>
#include <asm/irq.h>
#include <asm/ptrace.h>
#include <asm/setup.h>

static struct {
	irq_handler_t handler;
	const char *name;
} irq_desc[NR_IRQS];

unsigned long irq_count[NR_IRQS];
unsigned long spurious_irqs;

int request_irq(int irq, irq_handler_t handler, const char *name)
{
	if (irq < 0 || irq >= NR_IRQS || irq_desc[irq].handler)
		return -EBUSY;
	irq_desc[irq].handler = handler;
	irq_desc[irq].name = name;
	enable_8259A_irq(irq);
	return 0;
}

void do_IRQ(struct pt_regs *regs)
{
	int irq = regs->vector - FIRST_EXTERNAL_VECTOR;

	mask_and_ack_8259A(irq);
	irq_count[irq]++;
	if (irq_desc[irq].handler) {
		irq_desc[irq].handler(irq, regs);
		enable_8259A_irq(irq);
	} else {
		spurious_irqs++;
	}
}

void __init native_init_IRQ(void)
{
	init_8259A();
}
