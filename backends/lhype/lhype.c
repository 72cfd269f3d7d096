/*
 * The lhype guest backend: init, the CPU ops, the tables
 *
 * lhype runs the kernel in ring 1 under our host with lguest 2.6.23's
 * ABI (include/linux/lguest.h, Documentation/paravirt/lhype.txt).  The
 * host starts the image at entry.S's boot entry, never at head.S, so
 * lhype is never probed: lhype_init() runs from the core's entry stub
 * before start_kernel(), tells the host where our lguest_data is
 * (LGUEST_INIT, the first hypercall), and installs the tables below.
 * Each privileged operation becomes a hypercall, a store to
 * lguest_data, a cached value, or nothing; those that change state the
 * host needs on the next trap (the kernel stack, CR3, TLS, TS) are
 * queued in the async ring while in a lazy mode (mmu.c), so a context
 * switch costs one hypercall.  No op touches a device: the host skips
 * port I/O (IN reads all-ones), so the PIC, the PIT, the RTC and the
 * 16550 are replaced by irq.c, time.c and console.c.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/sched.h>
#include <asm/paravirt.h>
#include <asm/paravirt_patch.h>
#include <asm/paravirt_backend.h>
#include <asm/processor.h>
#include <asm/processor-flags.h>
#include <asm/desc.h>
#include <asm/page.h>
#include <asm/fixmap.h>
#include <asm/pgtable.h>
#include <asm/setup.h>
#include "lhype.h"

#define NOP(type)	((type)paravirt_nop)

/* entry.S hard-codes these. */
BUILD_BUG_ON(LHCALL_FLUSH_ASYNC != 0);
BUILD_BUG_ON(LGUEST_TRAP_ENTRY != 0x1f);
BUILD_BUG_ON(LGUEST_IRQ_ENABLED != X86_EFLAGS_IF);
/* SET_STACK takes at most two pages of kernel stack. */
BUILD_BUG_ON(THREAD_SIZE / PAGE_SIZE > 2 || THREAD_SIZE % PAGE_SIZE);
/* The ABI's selectors are ours, at ring 1. */
BUILD_BUG_ON(LGUEST_KERNEL_CS != (__KERNEL_CS | GUEST_PL));
BUILD_BUG_ON(LGUEST_KERNEL_DS != (__KERNEL_DS | GUEST_PL));
BUILD_BUG_ON(GDT_ENTRIES != LGUEST_GDT_ENTRIES);
BUILD_BUG_ON(GDT_ENTRY_TLS_MIN != LGUEST_TLS_ENTRY);

/* The page we share with the host; irq_enabled is its first word. */
struct lguest_data lguest_data __aligned(PAGE_SIZE);
/* Set by the host while an interrupt waits for us (pv386, entry.S). */
u32 lhype_irq_pending __aligned(4);

/* --- cached CPU state: the host keeps the real one ---------------------- */

static unsigned long cr0 = X86_CR0_PE | X86_CR0_MP | X86_CR0_ET |
			   X86_CR0_NE | X86_CR0_WP | X86_CR0_PG;
static unsigned long cr4;
static struct Xgt_desc_struct gdt_desc, idt_desc;
static unsigned long esp0;		/* last SET_STACK */
static struct desc_struct tls[GDT_ENTRY_TLS_ENTRIES];	/* last LOAD_TLS */

/* Native ops we keep: their instructions live in backends/native. */
static void (*native_cpuid_op)(u32 *, u32 *, u32 *, u32 *);

/*
 * What the host can run for us: lguest's mask (FPU, CX8, CMOV, MMX,
 * FXSR, SSE, SSE2; SSE3, SSSE3, CX16), plus TSC, which our sched_clock
 * and tests read (the host gives its rate in tsc_khz, and a ring-1
 * rdtsc does not trap), and PGE, so that a kernel flush reaches
 * flush_tlb_kernel (FLUSH_TLB(1)) instead of a CR3 reload: lguest
 * forces it on for the same reason.  SEP is hidden (the host cannot
 * let us sysenter into ring 1), as are PSE (the host shadows 4 KiB
 * pages only), DE, MSR, MCE and the rest.
 */
#define CPUID1_EDX_MASK	(0x07808101 | X86_FEATURE_TSC)
#define CPUID1_ECX_MASK	0x00002201

static void lhype_cpuid(u32 *eax, u32 *ebx, u32 *ecx, u32 *edx)
{
	u32 leaf = *eax;

	native_cpuid_op(eax, ebx, ecx, edx);
	if (leaf == 1) {
		*ecx &= CPUID1_ECX_MASK;
		*edx &= CPUID1_EDX_MASK;
		*edx |= X86_FEATURE_PGE;
	} else if (leaf == 0x80000000 && *eax > 0x80000008) {
		*eax = 0x80000008;
	}
}

static unsigned long lhype_get_debugreg(int reg)
{
	return 0;
}

static unsigned long lhype_read_cr0(void)
{
	return cr0;
}

/* Only TS means anything to the host (lazy FPU: #NM while it is set). */
static void lhype_write_cr0(unsigned long v)
{
	if ((v ^ cr0) & X86_CR0_TS)
		lhype_async_hcall(LHCALL_TS, !!(v & X86_CR0_TS), 0, 0);
	cr0 = v;
}

static void lhype_clts(void)
{
	lhype_write_cr0(cr0 & ~X86_CR0_TS);
}

static unsigned long lhype_read_cr4(void)
{
	return cr4;
}

static void lhype_write_cr4(unsigned long v)
{
	cr4 = v;
}

/* A ring-1 rdmsr/wrmsr would #GP: every MSR is absent. */
static int lhype_read_msr(u32 msr, u64 *val)
{
	*val = 0;
	return -EIO;
}

static int lhype_write_msr(u32 msr, u32 lo, u32 hi)
{
	return -EIO;
}

static u64 lhype_read_pmc(int counter)
{
	return 0;
}

/*
 * The host takes the whole 32-entry table and keeps its own entries
 * (10, 11, the TSS and the double-fault TSS); it raises DPL 0 to 1.
 */
static void lhype_load_gdt(const struct Xgt_desc_struct *p)
{
	BUG_ON(p->size != GDT_SIZE - 1);
	gdt_desc = *p;
	lhype_hcall(LHCALL_LOAD_GDT, __pa(p->address), GDT_ENTRIES, 0);
}

static void lhype_write_gdt_entry(struct desc_struct *dt, int n, u32 a, u32 b)
{
	dt[n].a = a;
	dt[n].b = b;
	if (gdt_desc.address == (u32)dt)
		lhype_hcall(LHCALL_LOAD_GDT, __pa(dt), GDT_ENTRIES, 0);
}

static void lhype_write_idt_entry(struct desc_struct *dt, int n, u32 a, u32 b)
{
	dt[n].a = a;
	dt[n].b = b;
	lhype_hcall(LHCALL_LOAD_IDT_ENTRY, n, a, b);
}

/* The host has no IDT pointer, only entries: send them all. */
static void lhype_load_idt(const struct Xgt_desc_struct *p)
{
	const struct desc_struct *idt = (const void *)p->address;
	unsigned int i;

	idt_desc = *p;
	for (i = 0; i < (p->size + 1U) / 8; i++)
		lhype_hcall(LHCALL_LOAD_IDT_ENTRY, i, idt[i].a, idt[i].b);
}

static void lhype_store_gdt(struct Xgt_desc_struct *p)
{
	*p = gdt_desc;
}

static void lhype_store_idt(struct Xgt_desc_struct *p)
{
	*p = idt_desc;
}

/* The host's TSS is ours, and it keeps no LDT. */
static unsigned long lhype_store_tr(void)
{
	return __TSS_SEL;
}

static unsigned long lhype_store_ldt(void)
{
	return 0;
}

/* Our GDT's TLS entries, then LOAD_TLS if they changed. */
static void lhype_load_tls(const struct thread_struct *t, unsigned int cpu)
{
	struct desc_struct *g = &gdt_table[GDT_ENTRY_TLS_MIN];

	(void)cpu;
	memcpy(g, t->tls_array, sizeof(tls));
	if (!memcmp(tls, g, sizeof(tls)))
		return;
	memcpy(tls, g, sizeof(tls));
	lhype_async_hcall(LHCALL_LOAD_TLS, __pa(g), 0, 0);
}

/*
 * The stack for traps from user mode: the host's TSS takes it from
 * SET_STACK, which pins the pages, so only our TSS's counts, and only
 * when it changed.
 */
static void lhype_load_esp0(struct tss_struct *tss, struct thread_struct *t)
{
	tss->x86_tss.esp0 = t->esp0;
	if (tss != &init_tss || t->esp0 == esp0)
		return;
	esp0 = t->esp0;
	lhype_async_hcall(LHCALL_SET_STACK, __KERNEL_DS | GUEST_PL, t->esp0,
			  THREAD_SIZE / PAGE_SIZE);
}

/*
 * switch_to() between these queues esp0, CR3, TLS and TS in the ring
 * (lazy CPU mode); end applies them with one hypercall, or none when
 * nothing changed (lhype_flush_async).
 */
static void lhype_start_context_switch(struct task_struct *prev)
{
	paravirt_lazy_switch_start(prev);
}

static void lhype_end_context_switch(struct task_struct *next)
{
	lhype_flush_async();
	paravirt_lazy_switch_end(next);
}

/* --- the tables, in paravirt_types.h order ------------------------------- */

static const struct pv_info lhype_info = {
	.kernel_rpl = GUEST_PL,
	.paravirt_enabled = 1,
	.name = "lhype",
};

static const struct pv_init_ops lhype_init_ops = {
	.patch = lhype_patch,
	.arch_setup = paravirt_nop,
	.memory_setup = machine_specific_memory_setup,	/* the host's e820 */
};

static const struct pv_time_ops lhype_time_ops = {
	.time_init = lhype_time_init,
	.get_wallclock = lhype_get_wallclock,
	.set_wallclock = lhype_set_wallclock,
	.sched_clock = lhype_sched_clock,
};

static const struct pv_cpu_ops lhype_cpu_ops = {
	.cpuid = lhype_cpuid,
	.get_debugreg = lhype_get_debugreg,
	.set_debugreg = NOP(void (*)(int, unsigned long)),
	.clts = lhype_clts,
	.read_cr0 = lhype_read_cr0,
	.write_cr0 = lhype_write_cr0,
	.read_cr4 = lhype_read_cr4,
	.write_cr4 = lhype_write_cr4,
	.wbinvd = paravirt_nop,
	.read_msr = lhype_read_msr,
	.write_msr = lhype_write_msr,
	.read_tsc = NULL,		/* native's, from the live table */
	.read_pmc = lhype_read_pmc,
	.load_tr_desc = paravirt_nop,
	.load_gdt = lhype_load_gdt,
	.load_idt = lhype_load_idt,
	.store_gdt = lhype_store_gdt,
	.store_idt = lhype_store_idt,
	.set_ldt = NOP(void (*)(unsigned int)),
	.store_tr = lhype_store_tr,
	.store_ldt = lhype_store_ldt,
	.load_tls = lhype_load_tls,
	.write_ldt_entry = native_write_dt_entry,	/* no LDT: a store */
	.write_gdt_entry = lhype_write_gdt_entry,
	.write_idt_entry = lhype_write_idt_entry,
	.load_esp0 = lhype_load_esp0,
	.set_iopl_mask = NOP(void (*)(unsigned int)),
	.io_delay = paravirt_nop,
	.start_context_switch = lhype_start_context_switch,
	.end_context_switch = lhype_end_context_switch,
	.irq_enable_sysexit = lhype_irq_enable_sysexit,
	.iret = lhype_iret,
};

static const struct pv_irq_ops lhype_irq_ops = {
	.init_IRQ = lhype_init_IRQ,
	.save_fl = lhype_save_fl,
	.restore_fl = lhype_restore_fl,
	.irq_disable = lhype_irq_disable,
	.irq_enable = lhype_irq_enable,
	.safe_halt = lhype_safe_halt,
	.halt = lhype_halt,
};

/* Only by its boot entry: the host starts us there, in ring 1. */
static int lhype_probe(void)
{
	return 0;
}

/*
 * From paravirt_boot_entry(), on the boot stack with BSS clear, before
 * start_kernel() and before any console: the host's interrupts wait
 * until irq_enabled is set (it is 0).
 */
static const char *lhype_init(void)
{
	u64 (*native_read_tsc)(void) = pv_cpu_ops.read_tsc;

	if (!&irq_controller || !paravirt_timer_tick || !paravirt_wallclock_init)
		return "this kernel lacks the interrupt controller and clock "
		       "hooks (i386-paravirt-irq-controller-clock.patch)";
	native_cpuid_op = pv_cpu_ops.cpuid;
	memset(lguest_data.hcall_status, LHCALL_SLOT_FREE,
	       sizeof(lguest_data.hcall_status));
	lguest_data.blocked_interrupts = ~0U;	/* irq.c unmasks */
	lguest_data.noirq_start = (u32)lhype_noirq_start;
	lguest_data.noirq_end = (u32)lhype_noirq_end;
	lhype_hcall(LHCALL_LGUEST_INIT, __pa(&lguest_data), 0, 0);
	lhype_hcall(LHCALL_PV386_IRQ_PENDING, __pa(&lhype_irq_pending), 0, 0);

	pv_info = lhype_info;
	pv_init_ops = lhype_init_ops;
	pv_time_ops = lhype_time_ops;
	pv_cpu_ops = lhype_cpu_ops;
	pv_cpu_ops.read_tsc = native_read_tsc;
	pv_irq_ops = lhype_irq_ops;
	pv_mmu_ops = lhype_mmu_ops;
	pv_platform_ops = lhype_platform_ops;
	if (lguest_data.reserve_mem < LGUEST_RESERVE_MEM ||
	    lguest_data.reserve_mem % PGDIR_SIZE)
		return "the host's reserve_mem is not whole 4 MiB units";
	reserve_top_address(lguest_data.reserve_mem);
	return NULL;
}

/*
 * For the benchmarks (paravirt_hv_exits()): the host's count of our
 * exits, a pv386 hypercall a 2.6.23 guest never makes.  The count
 * includes the call that reads it, and every earlier reading: take
 * those off, so that only the exits of what ran in between are left.
 */
static unsigned long lhype_hv_exits(void)
{
	static unsigned long reads;

	return lhype_hcall(LHCALL_PV386_STATS, 0, 0, 0) - ++reads;
}

const struct pv_backend lhype_backend = {
	.name = "lhype",
	.probe = lhype_probe,
	.init = lhype_init,
	.hv_exits = lhype_hv_exits,
};
