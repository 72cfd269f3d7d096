/*
 * Self-tests: descriptor tables, control registers, MSRs (suite "cpu")
 *
 * Reads back what trap_init() and syscall_init() set up: the GDT, IDT and
 * TSS the CPU actually uses, the CR0/CR4 bits, the sysenter MSRs, and
 * that an MSR probe of a non-existent register fails cleanly.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/ktest.h>
#include <linux/sched.h>
#include <asm/desc.h>
#include <asm/msr.h>
#include <asm/system.h>
#include <asm/processor.h>
#include <asm/irq.h>
#include <asm/traps.h>
#include <linux/mm.h>

extern char entry_sysenter[], entry_int80[];
extern bool sysenter_enabled;

/* Are the GDT and IDT the CPU uses ours, with Linux's selectors? */
static void descriptor_tables(struct ktest *t)
{
	struct Xgt_desc_struct gdt, idt;
	unsigned int cs, ds;

	store_gdt(&gdt);
	store_idt(&idt);
	KTEST_EXPECT_EQ(t, gdt.address, (unsigned long)gdt_table);
	KTEST_EXPECT_EQ(t, gdt.size, GDT_SIZE - 1);
	KTEST_EXPECT_EQ(t, idt.address, (unsigned long)idt_table);
	__asm__ __volatile__("movl %%cs, %0; movl %%ds, %1" : "=r"(cs),
			     "=r"(ds));
	KTEST_EXPECT_EQ(t, cs & 0xffff, __KERNEL_CS | get_kernel_rpl());
	KTEST_EXPECT_EQ(t, ds & 0xffff, __KERNEL_DS | get_kernel_rpl());
	/* User code: DPL 3, present, code, readable. */
	KTEST_EXPECT_EQ(t, (gdt_table[GDT_ENTRY_DEFAULT_USER_CS].b >> 8) & 0xff,
			0xfa);
	KTEST_EXPECT_EQ(t, (gdt_table[GDT_ENTRY_DEFAULT_USER_DS].b >> 8) & 0xff,
			0xf2);
}

/* Is the TSS loaded, and does it hold the running task's kernel stack? */
static void tss_esp0(struct ktest *t)
{
	KTEST_EXPECT_EQ(t, store_tr(), __TSS_SEL);
	KTEST_EXPECT_EQ(t, init_tss.x86_tss.esp0, current->thread.esp0);
	KTEST_EXPECT_EQ(t, init_tss.x86_tss.esp0,
			(unsigned long)current->stack + THREAD_SIZE);
	KTEST_EXPECT_EQ(t, init_tss.x86_tss.ss0, __KERNEL_DS | get_kernel_rpl());
	KTEST_EXPECT_EQ(t, store_ldt(), 0);
}

/* Is int $0x80 a DPL 3 trap gate and an exception a DPL 0 gate? */
static void idt_gates(struct ktest *t)
{
	struct desc_struct g = idt_table[SYSCALL_VECTOR];

	KTEST_EXPECT_EQ(t, (g.b >> 8) & 0xff, 0xef);
	KTEST_EXPECT_EQ(t, (g.b & 0xffff0000) | (g.a & 0xffff),
			(unsigned long)entry_int80);
	KTEST_EXPECT_EQ(t, (idt_table[14].b >> 8) & 0xff, 0x8e);
	KTEST_EXPECT_EQ(t, idt_table[200].b & 0x8000, 0);	/* not present */
}

/*
 * Does every selector the kernel runs on carry its ring: CS, SS, the
 * stack the TSS gives for traps from user mode, and every present IDT
 * gate?  Under a hypervisor the kernel runs in ring 1 (kernel_rpl 1),
 * and a selector built before the backend was chosen would say ring 0.
 */
static void selectors_at_kernel_rpl(struct ktest *t)
{
	unsigned int cs, ss, rpl = get_kernel_rpl(), v, bad = 0, present = 0;

	__asm__ __volatile__("movl %%cs, %0; movl %%ss, %1" : "=r"(cs),
			     "=r"(ss));
	KTEST_EXPECT_EQ(t, cs & 0xffff, __KERNEL_CS | rpl);
	KTEST_EXPECT_EQ(t, ss & 0xffff, __KERNEL_DS | rpl);
	KTEST_EXPECT_EQ(t, init_tss.x86_tss.ss0, __KERNEL_DS | rpl);
	for (v = 0; v < 256; v++) {
		if (!(idt_table[v].b & 0x8000))
			continue;
		present++;
		if ((idt_table[v].a >> 16) != (__KERNEL_CS | rpl)) {
			if (!bad++)
				ktest_fail(t, __FILE__, __LINE__,
					   "gate %u: selector %#x", v,
					   idt_table[v].a >> 16);
		}
	}
	KTEST_EXPECT_EQ(t, bad, 0);
	KTEST_EXPECT(t, present >= 49);		/* exceptions, IRQs, 0x80 */
}

/*
 * Are the features the kernel acts on what cpuid says now?  Under
 * CONFIG_PARAVIRT cpuid is the backend's, which may hide features
 * (paravirt=count count=nosep hides SEP): the kernel must have read
 * them through it, after the backend was chosen, and must not have
 * enabled sysenter when SEP is hidden.
 */
static void features_as_cpuid_says(struct ktest *t)
{
	u32 a, b, c, d;
	u64 v = 0;

	cpuid(1, &a, &b, &c, &d);
	KTEST_EXPECT_EQ(t, boot_cpu_data.features, d);
	KTEST_EXPECT_EQ(t, sysenter_enabled, !!(d & X86_FEATURE_SEP));
	if (!(d & X86_FEATURE_SEP) && (d & X86_FEATURE_MSR)) {
		KTEST_EXPECT_EQ(t, rdmsr_safe(MSR_IA32_SYSENTER_CS, &v), 0);
		KTEST_EXPECT_EQ(t, v, 0);	/* never written */
	}
}

/* Are CR0.WP/NE/PG on, CR4.PGE on exactly when the CPU has PGE? */
static void control_registers(struct ktest *t)
{
	unsigned long cr0 = read_cr0(), cr4 = read_cr4();

	KTEST_EXPECT(t, cr0 & X86_CR0_PG);
	KTEST_EXPECT(t, cr0 & X86_CR0_WP);
	KTEST_EXPECT(t, cr0 & X86_CR0_NE);
	KTEST_EXPECT(t, !(cr0 & X86_CR0_EM));
	KTEST_EXPECT_EQ(t, !!(cr4 & X86_CR4_PGE), !!cpu_has(X86_FEATURE_PGE));
	KTEST_EXPECT_EQ(t, read_cr3(), __pa(active_mm_pgd()));
}

/* Do the sysenter MSRs point at our entry, and do bad MSRs fail softly? */
static void msrs(struct ktest *t)
{
	u64 v = 0;

	if (!cpu_has(X86_FEATURE_MSR)) {
		ktest_skip(t, "no MSRs");
		return;
	}
	/*
	 * A real CPU (and Bochs) raises #GP for an MSR that does not exist;
	 * QEMU's TCG reads 0.  Either way the kernel must carry on, and a
	 * fault must have come through the exception table as a #GP.
	 */
	if (rdmsr_safe(0xdeadbeef, &v) == -EIO)
		KTEST_EXPECT_EQ(t, last_fixup.vector, 13);
	if (!sysenter_enabled)
		return;
	KTEST_EXPECT_EQ(t, rdmsr_safe(MSR_IA32_SYSENTER_CS, &v), 0);
	KTEST_EXPECT_EQ(t, v, __KERNEL_CS);
	KTEST_EXPECT_EQ(t, rdmsr_safe(MSR_IA32_SYSENTER_EIP, &v), 0);
	KTEST_EXPECT_EQ(t, v, (unsigned long)entry_sysenter);
	KTEST_EXPECT_EQ(t, rdmsr_safe(MSR_IA32_SYSENTER_ESP, &v), 0);
	KTEST_EXPECT_EQ(t, v, (unsigned long)&init_tss);
}

/* Does the TSC count up? */
static void tsc_counts(struct ktest *t)
{
	u64 a, b;

	if (!cpu_has(X86_FEATURE_TSC)) {
		ktest_skip(t, "no TSC");
		return;
	}
	a = rdtscll();
	b = rdtscll();
	KTEST_EXPECT(t, b > a);
}

static const struct ktest_case cpu_cases[] = {
	KTEST_CASE(descriptor_tables),
	KTEST_CASE(tss_esp0),
	KTEST_CASE(idt_gates),
	KTEST_CASE(selectors_at_kernel_rpl),
	KTEST_CASE(features_as_cpuid_says),
	KTEST_CASE(control_registers),
	KTEST_CASE(msrs),
	KTEST_CASE(tsc_counts),
};
KTEST_SUITE(cpu, cpu_cases);
