/*
 * Lazy (batched) paravirt modes: bookkeeping and flushes
 *
 * Between paravirt_enter_lazy_mmu_mode() and paravirt_leave_lazy_mmu_mode()
 * (mm/memory.c around loops over page tables), and between the lazy CPU
 * calls around switch_to() (arch/i386/kernel/process.c), a backend may
 * queue its updates and apply them at leave.  Backends that batch call
 * paravirt_enter_lazy()/paravirt_leave_lazy() from their enter and leave
 * ops, so the mode is known here; only one mode is active at a time.
 * The flushes make queued work visible without leaving the mode.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
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

void paravirt_flush_lazy_mmu_mode(void)
{
	if (lazy_mode == PARAVIRT_LAZY_MMU) {
		paravirt_leave_lazy_mmu_mode();
		paravirt_enter_lazy_mmu_mode();
	}
}

void paravirt_flush_lazy_cpu_mode(void)
{
	if (lazy_mode == PARAVIRT_LAZY_CPU) {
		paravirt_leave_lazy_cpu_mode();
		paravirt_enter_lazy_cpu_mode();
	}
}
