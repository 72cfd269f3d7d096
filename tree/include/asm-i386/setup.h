/*
 * Architecture setup entry points called by start_kernel (init/main.c)
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _ASM_I386_SETUP_H
#define _ASM_I386_SETUP_H

void setup_arch(void);		/* setup.c: boot info, memory, paging */
void trap_init(void);		/* traps.c: GDT, TSS, IDT */
void init_IRQ(void);		/* irq.c: the PICs and IRQ dispatch */
void time_init(void);		/* time.c: PIT tick, TSC, RTC */
void syscall_init(void);	/* syscall.c: int $0x80, sysenter */

#endif /* _ASM_I386_SETUP_H */
