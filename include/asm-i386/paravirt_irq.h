/*
 * Paravirt: the interrupt controller and clock hooks a backend drives
 *
 * i386-paravirt-irq-controller-clock.patch makes request_irq() and
 * do_IRQ() call through irq_controller (the 8259A natively) and gives
 * time.c two entry points for a backend with its own clock: one tick,
 * and the boot wallclock from pv_time_ops.get_wallclock.  The type is
 * the layer's, so a backend that uses the hooks (backends/lhype)
 * builds against every prefix of the series; a backend declares the
 * objects weak (PARAVIRT_IRQ_HOOKS_WEAK) and refuses to start, saying
 * so, on a tree that lacks them.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _ASM_I386_PARAVIRT_IRQ_H
#define _ASM_I386_PARAVIRT_IRQ_H

struct pt_regs;

struct irq_controller {
	void (*unmask)(int irq);
	void (*mask_ack)(int irq);	/* mask the line, end the interrupt */
};

/* For a backend: references that are NULL on a tree without the hooks. */
#define PARAVIRT_IRQ_HOOKS_WEAK						\
	extern struct irq_controller irq_controller __attribute__((weak)); \
	void paravirt_timer_tick(struct pt_regs *regs) __attribute__((weak)); \
	void paravirt_wallclock_init(void) __attribute__((weak))

#endif /* _ASM_I386_PARAVIRT_IRQ_H */
