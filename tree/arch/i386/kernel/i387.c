/*
 * Lazy x87 FPU state switching
 *
 * The context switch (process.c) sets CR0.TS; a task's first FPU
 * instruction after that raises #NM, and traps.c calls
 * math_state_restore(): clear TS, save the registers of the task that
 * last used the FPU (fpu_owner) into its task_struct, and load this
 * task's (or initialise a fresh FPU on first use).  A task that never
 * touches the FPU never pays for it.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <asm/i387.h>
#include <asm/system.h>
#include <asm/irqflags.h>
#include <asm/ptrace.h>
#include <asm/traps.h>

BUILD_BUG_ON(sizeof(struct i387_fsave_struct) != 108);

struct task_struct *fpu_owner;
unsigned long fpu_switches;

/* fnsave also reinitialises the FPU; callers reload if they keep it. */
static void fpu_save(struct task_struct *t)
{
	__asm__ __volatile__("fnsave %0; fwait" : "=m"(t->fpu.fsave));
}

static void fpu_restore(struct task_struct *t)
{
	__asm__ __volatile__("frstor %0" : : "m"(t->fpu.fsave));
}

void math_state_restore(struct pt_regs *regs)
{
	unsigned long flags;

	/* The kernel is built without FPU code: this would be a bug. */
	if (!user_mode(regs))
		die("FPU used in kernel mode", regs);
	local_irq_save(flags);
	clts();
	if (fpu_owner != current) {
		if (fpu_owner)
			fpu_save(fpu_owner);
		if (current->used_math) {
			fpu_restore(current);
		} else {
			__asm__ __volatile__("fninit");
			current->used_math = true;
		}
		fpu_owner = current;
		fpu_switches++;
	}
	local_irq_restore(flags);
}

void fpu_drop(struct task_struct *t)
{
	if (fpu_owner == t)
		fpu_owner = NULL;
}

void fpu_copy(struct task_struct *dst, struct task_struct *src)
{
	unsigned long flags;

	local_irq_save(flags);
	if (fpu_owner == src) {
		clts();
		fpu_save(src);
		fpu_restore(src);
	}
	dst->fpu = src->fpu;
	dst->used_math = src->used_math;
	local_irq_restore(flags);
}

void __init fpu_init(void)
{
	stts();
}
