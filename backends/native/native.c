/*
 * Native (bare hardware) paravirt backend: the ops tables
 *
 * The live tables (pv_info, pv_*_ops) are defined here and start out
 * native, so the kernel runs correctly from its first instruction, before
 * any backend is chosen, and every backend has native to fall back on.
 * Native is the last entry of the selection table (select.c) and always
 * present; its init has nothing to install.  Members are listed in
 * paravirt_types.h order; those that do nothing point at paravirt_nop,
 * which the patcher turns into NOPs.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/time.h>
#include <linux/console.h>
#include <linux/reboot.h>
#include <asm/paravirt.h>
#include <asm/paravirt_patch.h>
#include <asm/paravirt_backend.h>
#include <asm/irqflags.h>
#include <asm/system.h>
#include <asm/processor.h>
#include <asm/desc.h>
#include <asm/msr.h>
#include <asm/io.h>
#include <asm/tlbflush.h>
#include <asm/pgtable.h>
#include <asm/setup.h>
#include "native.h"

#define NOP(type)	((type)paravirt_nop)

struct pv_info pv_info = {
	.kernel_rpl = 0,
	.paravirt_enabled = 0,
	.name = "bare hardware",
};

struct pv_init_ops pv_init_ops = {
	.patch = native_patch,
	.arch_setup = paravirt_nop,
	.memory_setup = machine_specific_memory_setup,
};

struct pv_time_ops pv_time_ops = {
	.time_init = pit_time_init,
	.get_wallclock = mach_get_cmos_time,
	.set_wallclock = mach_set_rtc_mmss,
	.sched_clock = native_sched_clock,
};

struct pv_cpu_ops pv_cpu_ops = {
	.cpuid = native_cpuid,
	.get_debugreg = native_get_debugreg,
	.set_debugreg = native_set_debugreg,
	.clts = native_clts,
	.read_cr0 = native_read_cr0,
	.write_cr0 = native_write_cr0,
	.read_cr4 = native_read_cr4,
	.write_cr4 = native_write_cr4,
	.wbinvd = native_wbinvd,
	.read_msr = native_read_msr_safe,
	.write_msr = native_write_msr_safe,
	.read_tsc = native_read_tsc,
	.read_pmc = native_read_pmc,
	.load_tr_desc = native_load_tr_desc,
	.load_gdt = native_load_gdt,
	.load_idt = native_load_idt,
	.store_gdt = native_store_gdt,
	.store_idt = native_store_idt,
	.set_ldt = native_load_ldt,
	.store_tr = native_store_tr,
	.store_ldt = native_store_ldt,
	.load_tls = native_load_tls,
	.write_ldt_entry = native_write_dt_entry,
	.write_gdt_entry = native_write_dt_entry,
	.write_idt_entry = native_write_dt_entry,
	.load_esp0 = native_load_esp0,
	.set_iopl_mask = native_set_iopl_mask,
	.io_delay = native_io_delay,
	.start_context_switch = NOP(void (*)(struct task_struct *)),
	.end_context_switch = NOP(void (*)(struct task_struct *)),
	.irq_enable_sysexit = native_irq_enable_sysexit,
	.iret = native_iret,
};

struct pv_irq_ops pv_irq_ops = {
	.init_IRQ = native_init_IRQ,
	.save_fl = native_save_fl,
	.restore_fl = native_restore_fl,
	.irq_disable = native_irq_disable,
	.irq_enable = native_irq_enable,
	.safe_halt = native_safe_halt,
	.halt = native_halt,
};

struct pv_mmu_ops pv_mmu_ops = {
	.pagetable_setup_start = NOP(void (*)(pgd_t *)),
	.pagetable_setup_done = NOP(void (*)(pgd_t *)),
	.read_cr2 = native_read_cr2,
	.write_cr2 = native_write_cr2,
	.read_cr3 = native_read_cr3,
	.write_cr3 = native_write_cr3,
	.flush_tlb_user = native_flush_tlb,
	.flush_tlb_kernel = native_flush_tlb_global,
	.flush_tlb_single = native_flush_tlb_single,
	.alloc_pt = NOP(void (*)(unsigned long)),
	.release_pt = NOP(void (*)(unsigned long)),
	.alloc_pd = NOP(void (*)(unsigned long, unsigned long, unsigned long,
				 unsigned long)),
	.release_pd = NOP(void (*)(unsigned long)),
	.set_pte = native_set_pte,
	.set_pte_at = native_set_pte_at,
	.set_pmd = native_set_pmd,
	.pte_update = NOP(void (*)(struct mm_struct *, unsigned long,
				   pte_t *)),
	.pte_update_defer = NOP(void (*)(struct mm_struct *, unsigned long,
					 pte_t *)),
	.lazy_mode = {
		.enter = paravirt_nop,
		.leave = paravirt_nop,
	},
};

struct pv_platform_ops pv_platform_ops = {
	.console_setup = serial8250_setup,
	.console_write = serial8250_write,
	.console_read = serial8250_read_char,
	.power_off = native_machine_power_off,
	.restart = native_machine_restart,
	.panic = NOP(void (*)(const char *)),
};

static int native_probe(void)
{
	return 1;
}

/* The live tables are native already: nothing to install. */
static const char *native_init(void)
{
	return NULL;
}

const struct pv_backend native_backend = {
	.name = "native",
	.probe = native_probe,
	.init = native_init,
};
