/*
 * Interrupt vectors and IRQ numbers
 *
 * The two 8259 PICs deliver IRQs 0-15 at vectors 32-47 (i8259.c remaps
 * them off the exception vectors); 0x80 is the system call.  entry.S has
 * one stub per vector below 48, each ENTRY_STUB_SIZE bytes.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _ASM_I386_IRQ_H
#define _ASM_I386_IRQ_H

#define FIRST_EXTERNAL_VECTOR	32
#define NR_IRQS			16
#define SYSCALL_VECTOR		0x80
#define ENTRY_STUB_SIZE		16
#define TIMER_IRQ		0

#ifndef __ASSEMBLY__
struct pt_regs;
typedef void (*irq_handler_t)(int irq, struct pt_regs *regs);
int request_irq(int irq, irq_handler_t handler, const char *name);
void do_IRQ(struct pt_regs *regs);
void set_intr_gate(int n, unsigned long addr, int dpl);
extern unsigned long irq_count[NR_IRQS];

/* i8259.c */
void init_8259A(void);
void enable_8259A_irq(int irq);
void disable_8259A_irq(int irq);
void mask_and_ack_8259A(int irq);
#endif

#endif /* _ASM_I386_IRQ_H */
