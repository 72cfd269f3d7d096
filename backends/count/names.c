/*
 * The counting paravirt backend: the name of every op
 *
 * Indexed by op type (PARAVIRT_PATCH()), for count.c's table of calls.
 * An op added to paravirt_types.h needs its line here: count_init()
 * refuses to start while any op has no name, which the paravirt=count
 * boot test (tests/boot/count.t) reports.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <asm/paravirt.h>
#include "count.h"

#define NAME(op)	[PARAVIRT_PATCH(op)] = #op

const char *const count_op_names[PARAVIRT_NR_OPS] = {
	NAME(pv_init_ops.patch),
	NAME(pv_init_ops.arch_setup),
	NAME(pv_init_ops.memory_setup),
	NAME(pv_time_ops.time_init),
	NAME(pv_time_ops.get_wallclock),
	NAME(pv_time_ops.set_wallclock),
	NAME(pv_time_ops.sched_clock),
	NAME(pv_cpu_ops.cpuid),
	NAME(pv_cpu_ops.get_debugreg),
	NAME(pv_cpu_ops.set_debugreg),
	NAME(pv_cpu_ops.clts),
	NAME(pv_cpu_ops.read_cr0),
	NAME(pv_cpu_ops.write_cr0),
	NAME(pv_cpu_ops.read_cr4),
	NAME(pv_cpu_ops.write_cr4),
	NAME(pv_cpu_ops.wbinvd),
	NAME(pv_cpu_ops.read_msr),
	NAME(pv_cpu_ops.write_msr),
	NAME(pv_cpu_ops.read_tsc),
	NAME(pv_cpu_ops.read_pmc),
	NAME(pv_cpu_ops.load_tr_desc),
	NAME(pv_cpu_ops.load_gdt),
	NAME(pv_cpu_ops.load_idt),
	NAME(pv_cpu_ops.store_gdt),
	NAME(pv_cpu_ops.store_idt),
	NAME(pv_cpu_ops.set_ldt),
	NAME(pv_cpu_ops.store_tr),
	NAME(pv_cpu_ops.store_ldt),
	NAME(pv_cpu_ops.load_tls),
	NAME(pv_cpu_ops.write_ldt_entry),
	NAME(pv_cpu_ops.write_gdt_entry),
	NAME(pv_cpu_ops.write_idt_entry),
	NAME(pv_cpu_ops.load_esp0),
	NAME(pv_cpu_ops.set_iopl_mask),
	NAME(pv_cpu_ops.io_delay),
	NAME(pv_cpu_ops.start_context_switch),
	NAME(pv_cpu_ops.end_context_switch),
	NAME(pv_cpu_ops.irq_enable_sysexit),
	NAME(pv_cpu_ops.iret),
	NAME(pv_irq_ops.init_IRQ),
	NAME(pv_irq_ops.save_fl),
	NAME(pv_irq_ops.restore_fl),
	NAME(pv_irq_ops.irq_disable),
	NAME(pv_irq_ops.irq_enable),
	NAME(pv_irq_ops.safe_halt),
	NAME(pv_irq_ops.halt),
	NAME(pv_mmu_ops.pagetable_setup_start),
	NAME(pv_mmu_ops.pagetable_setup_done),
	NAME(pv_mmu_ops.read_cr2),
	NAME(pv_mmu_ops.write_cr2),
	NAME(pv_mmu_ops.read_cr3),
	NAME(pv_mmu_ops.write_cr3),
	NAME(pv_mmu_ops.flush_tlb_user),
	NAME(pv_mmu_ops.flush_tlb_kernel),
	NAME(pv_mmu_ops.flush_tlb_single),
	NAME(pv_mmu_ops.alloc_pt),
	NAME(pv_mmu_ops.release_pt),
	NAME(pv_mmu_ops.alloc_pd),
	NAME(pv_mmu_ops.release_pd),
	NAME(pv_mmu_ops.set_pte),
	NAME(pv_mmu_ops.set_pte_at),
	NAME(pv_mmu_ops.set_pmd),
	NAME(pv_mmu_ops.pte_update),
	NAME(pv_mmu_ops.pte_update_defer),
	NAME(pv_mmu_ops.lazy_mode.enter),
	NAME(pv_mmu_ops.lazy_mode.leave),
	NAME(pv_platform_ops.console_setup),
	NAME(pv_platform_ops.console_write),
	NAME(pv_platform_ops.console_read),
	NAME(pv_platform_ops.power_off),
	NAME(pv_platform_ops.restart),
	NAME(pv_platform_ops.panic),
};
