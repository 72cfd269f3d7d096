/*
 * The interrupt flag (IF): disable, enable, save, restore, halt
 *
 * Every place the kernel touches IF goes through these, so one header
 * decides how.  local_irq_save()/restore() nest; safe_halt() enables
 * interrupts and halts atomically (sti's one-instruction shadow), which
 * the idle loop relies on to not miss a wakeup.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _ASM_I386_IRQFLAGS_H
#define _ASM_I386_IRQFLAGS_H

#include <asm/processor-flags.h>

#ifndef __ASSEMBLY__

static inline unsigned long native_save_fl(void)
{
	unsigned long flags;

	__asm__ __volatile__("pushfl; popl %0" : "=rm"(flags) : : "memory");
	return flags;
}

static inline void native_restore_fl(unsigned long flags)
{
	__asm__ __volatile__("pushl %0; popfl" : : "g"(flags)
			     : "memory", "cc");
}

static inline void native_irq_disable(void)
{
	__asm__ __volatile__("cli" : : : "memory");
}

static inline void native_irq_enable(void)
{
	__asm__ __volatile__("sti" : : : "memory");
}

static inline void native_safe_halt(void)
{
	__asm__ __volatile__("sti; hlt" : : : "memory");
}

static inline void native_halt(void)
{
	__asm__ __volatile__("hlt" : : : "memory");
}

#define raw_local_save_flags()		native_save_fl()
#define raw_local_irq_restore(f)	native_restore_fl(f)
#define raw_local_irq_disable()		native_irq_disable()
#define raw_local_irq_enable()		native_irq_enable()
#define safe_halt()			native_safe_halt()
#define halt()				native_halt()

static inline unsigned long __raw_local_irq_save(void)
{
	unsigned long flags = raw_local_save_flags();

	raw_local_irq_disable();
	return flags;
}

#define local_irq_save(f)	((f) = __raw_local_irq_save())
#define local_irq_restore(f)	raw_local_irq_restore(f)
#define local_irq_disable()	raw_local_irq_disable()
#define local_irq_enable()	raw_local_irq_enable()
#define local_save_flags(f)	((f) = raw_local_save_flags())
#define irqs_disabled()	(!(raw_local_save_flags() & X86_EFLAGS_IF))

#else /* __ASSEMBLY__ */

/* entry.S: the interrupt flag and the return to user mode. */
#define DISABLE_INTERRUPTS	cli
#define ENABLE_INTERRUPTS	sti
#define INTERRUPT_RETURN	iret
#define ENABLE_INTERRUPTS_SYSEXIT	sti; sysexit

#endif /* __ASSEMBLY__ */
#endif /* _ASM_I386_IRQFLAGS_H */
