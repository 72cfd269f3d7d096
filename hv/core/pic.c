/*
 * Hypervisor core: the 8259 interrupt controllers
 *
 * Remapped to vectors 0x20-0x2f (HV_IRQ_VECTOR), clear of the CPU's
 * exceptions; only IRQ 0, the PIT that drives the host's timer, is
 * unmasked.  The guest never touches them: its port I/O traps.
 * SPDX-License-Identifier: GPL-2.0
 */
#include "hv.h"

#define PIC1_CMD	0x20
#define PIC1_DATA	0x21
#define PIC2_CMD	0xa0
#define PIC2_DATA	0xa1

void pic_init(void)
{
	outb(PIC1_CMD, 0x11);			/* ICW1: edge, cascade, ICW4 */
	outb(PIC2_CMD, 0x11);
	outb(PIC1_DATA, HV_IRQ_VECTOR);		/* ICW2: vector bases */
	outb(PIC2_DATA, HV_IRQ_VECTOR + 8);
	outb(PIC1_DATA, 0x04);			/* ICW3: slave on IRQ 2 */
	outb(PIC2_DATA, 0x02);
	outb(PIC1_DATA, 0x01);			/* ICW4: 8086 mode */
	outb(PIC2_DATA, 0x01);
	outb(PIC1_DATA, 0xfe);			/* only IRQ 0 */
	outb(PIC2_DATA, 0xff);
}

void pic_eoi(unsigned int irq)
{
	if (irq >= 8)
		outb(PIC2_CMD, 0x20);
	outb(PIC1_CMD, 0x20);
}
