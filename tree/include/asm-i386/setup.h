/*
 * Architecture setup entry points called by start_kernel (init/main.c)
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _ASM_I386_SETUP_H
#define _ASM_I386_SETUP_H

void setup_arch(void);		/* setup.c: boot info, memory, paging */
void trap_init(void);		/* traps.c: GDT, TSS, IDT */
void syscall_init(void);	/* syscall.c: int $0x80, sysenter */

/*
 * Machine hooks: what a PC does for each.  Each is named by a macro so
 * that one header decides which implementation the kernel calls.
 */
/* setup.c: registers the boot parameters' E820 map; returns its name. */
const char *machine_specific_memory_setup(void);
#define memory_setup()	machine_specific_memory_setup()
/* irq.c: the PICs and IRQ dispatch. */
void native_init_IRQ(void);
#define init_IRQ()	native_init_IRQ()
/* time.c: PIT tick, TSC calibration, wallclock from the RTC. */
void pit_time_init(void);
#define time_init()	pit_time_init()

#endif /* _ASM_I386_SETUP_H */
