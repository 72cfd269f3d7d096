/*
 * The two cascaded 8259A programmable interrupt controllers (PIC)
 *
 * init_IRQ() calls init_8259A(): the master (ports 0x20/0x21) delivers
 * IRQs 0-7 at vectors 32-39, the slave (0xa0/0xa1, cascaded on IRQ 2)
 * IRQs 8-15 at 40-47, away from the CPU's exception vectors.  All lines
 * start masked; request_irq() unmasks one.  End of interrupt is sent
 * with specific EOIs when do_IRQ() acknowledges.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <asm/io.h>
#include <asm/irq.h>
#include <asm/irqflags.h>

#define PIC_MASTER_CMD	0x20
#define PIC_MASTER_IMR	0x21
#define PIC_SLAVE_CMD	0xa0
#define PIC_SLAVE_IMR	0xa1
#define PIC_CASCADE_IR	2
#define ICW1_INIT_ICW4	0x11	/* edge triggered, cascade, ICW4 follows */
#define ICW4_8086	0x01
#define OCW2_SEOI	0x60	/* specific end of interrupt, | IR */

static u16 cached_irq_mask = 0xffff;

static void write_mask(void)
{
	outb(cached_irq_mask & 0xff, PIC_MASTER_IMR);
	outb(cached_irq_mask >> 8, PIC_SLAVE_IMR);
}

void enable_8259A_irq(int irq)
{
	unsigned long flags;

	local_irq_save(flags);
	cached_irq_mask &= ~(1 << irq);
	if (irq >= 8)
		cached_irq_mask &= ~(1 << PIC_CASCADE_IR);
	write_mask();
	local_irq_restore(flags);
}

void disable_8259A_irq(int irq)
{
	unsigned long flags;

	local_irq_save(flags);
	cached_irq_mask |= 1 << irq;
	write_mask();
	local_irq_restore(flags);
}

void mask_and_ack_8259A(int irq)
{
	cached_irq_mask |= 1 << irq;
	write_mask();
	if (irq >= 8) {
		outb(OCW2_SEOI | (irq & 7), PIC_SLAVE_CMD);
		outb(OCW2_SEOI | PIC_CASCADE_IR, PIC_MASTER_CMD);
	} else {
		outb(OCW2_SEOI | irq, PIC_MASTER_CMD);
	}
}

void __init init_8259A(void)
{
	outb(0xff, PIC_MASTER_IMR);
	outb(0xff, PIC_SLAVE_IMR);
	outb_p(ICW1_INIT_ICW4, PIC_MASTER_CMD);
	outb_p(FIRST_EXTERNAL_VECTOR, PIC_MASTER_IMR);		/* ICW2 */
	outb_p(1 << PIC_CASCADE_IR, PIC_MASTER_IMR);		/* ICW3 */
	outb_p(ICW4_8086, PIC_MASTER_IMR);
	outb_p(ICW1_INIT_ICW4, PIC_SLAVE_CMD);
	outb_p(FIRST_EXTERNAL_VECTOR + 8, PIC_SLAVE_IMR);
	outb_p(PIC_CASCADE_IR, PIC_SLAVE_IMR);
	outb_p(ICW4_8086, PIC_SLAVE_IMR);
	write_mask();
}
