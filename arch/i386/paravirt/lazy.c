/*
 * Lazy (batched) paravirt modes: bookkeeping, flushes, preemption
 *
 * Between paravirt_enter_lazy_mmu_mode() and paravirt_leave_lazy_mmu_mode()
 * (mm/memory.c around loops over page tables), and between the
 * start_context_switch and end_context_switch ops around switch_to()
 * (arch/i386/kernel/process.c), a backend may queue its updates and apply
 * them at leave.  Backends that batch call paravirt_enter_lazy()/
 * paravirt_leave_lazy() from their lazy MMU ops and
 * paravirt_lazy_switch_start()/_end() from their context-switch ops, so
 * the mode is known here; only one mode is active at a time.
 *
 * The rule under preemption: a lazy MMU section runs with interrupts on
 * and may be preempted.  The mode belongs to the task, not to the CPU:
 * the switch leaves prev's lazy MMU mode (the backend applies its queue
 * before anything else runs), notes it in prev->lazy_mmu, and enters it
 * again when prev runs next.  As Linux 2.6.30 does, with its
 * TIF_LAZY_MMU_UPDATES.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <asm/paravirt.h>

static enum paravirt_lazy_mode lazy_mode;

enum paravirt_lazy_mode paravirt_get_lazy_mode(void)
{
	return lazy_mode;
}

void paravirt_enter_lazy(enum paravirt_lazy_mode mode)
{
	BUG_ON(lazy_mode != PARAVIRT_LAZY_NONE);
	lazy_mode = mode;
}

void paravirt_leave_lazy(enum paravirt_lazy_mode mode)
{
	BUG_ON(lazy_mode != mode);
	lazy_mode = PARAVIRT_LAZY_NONE;
}

/* switch_to(), interrupts off: before the first CPU-state update. */
void paravirt_lazy_switch_start(struct task_struct *prev)
{
	if (lazy_mode == PARAVIRT_LAZY_MMU) {
		paravirt_leave_lazy_mmu_mode();
		prev->lazy_mmu = true;
	}
	paravirt_enter_lazy(PARAVIRT_LAZY_CPU);
}

/* switch_to(), interrupts off: after the last, before the stack swap. */
void paravirt_lazy_switch_end(struct task_struct *next)
{
	paravirt_leave_lazy(PARAVIRT_LAZY_CPU);
	if (next->lazy_mmu) {
		next->lazy_mmu = false;
		paravirt_enter_lazy_mmu_mode();
	}
}

void paravirt_flush_lazy_mmu_mode(void)
{
	if (lazy_mode == PARAVIRT_LAZY_MMU) {
		paravirt_leave_lazy_mmu_mode();
		paravirt_enter_lazy_mmu_mode();
	}
}
