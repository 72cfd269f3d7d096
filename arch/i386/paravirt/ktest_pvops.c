/*
 * Self-tests: what the paravirt ops do, checked against the CPU
 * (suite "pvops", CONFIG_PARAVIRT=y only)
 *
 * Runs after paravirt_setup() has patched the kernel, like the paravirt
 * suite.  Each case runs an op at its patched call sites and through
 * the table (pv_*_ops: what a hypervisor backend fills, and what
 * nopvpatch boots call), and reads the effect back with the raw
 * instruction, written here: never through an op, and never by
 * comparing code with the template it was patched from, so a wrong op
 * cannot confirm itself.  make audit allows these reads in this object.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/ktest.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/time.h>
#include <linux/mm.h>
#include <asm/paravirt.h>
#include <asm/paravirt_patch.h>
#include <asm/paravirt_backend.h>
#include <asm/pgtable.h>
#include <asm/irqflags.h>
#include <asm/processor.h>
#include <asm/desc.h>
#include <asm/msr.h>
#include <asm/system.h>
#include <asm/tlbflush.h>

#define OP_CALL_REL	0xe8	/* call rel32 */
#define OP_CALL_IND0	0xff	/* ff 15 = call *abs32 */
#define OP_CALL_IND1	0x15

static unsigned long raw_flags(void)
{
	unsigned long f;

	__asm__ __volatile__("pushfl; popl %0" : "=r"(f) : : "memory");
	return f;
}

static bool raw_if(void)
{
	return raw_flags() & X86_EFLAGS_IF;
}

/*
 * Under a hypervisor the ops do not act on the CPU itself: lhype's
 * interrupt flag is a word it shares with its host (EFLAGS.IF stays
 * on), CR reads fault in ring 1, and its host refuses PTEs that map no
 * guest memory.  Those cases skip there; the backend's own suite
 * checks what its ops do instead (backends/lhype/ktest_lhype.c).
 */
static bool on_the_cpu(struct ktest *t)
{
	if (!paravirt_enabled())
		return true;
	ktest_skip(t, "under a hypervisor: the ops do not act on the CPU");
	return false;
}

/* After the sites of local_irq_*(): is EFLAGS.IF what they promise? */
static void irq_sites_set_if(struct ktest *t)
{
	unsigned long f, g;
	bool was_on = raw_if();

	if (!on_the_cpu(t))
		return;
	local_irq_disable();
	KTEST_EXPECT(t, !raw_if());
	KTEST_EXPECT(t, irqs_disabled());
	local_irq_enable();
	KTEST_EXPECT(t, raw_if());
	KTEST_EXPECT(t, !irqs_disabled());
	local_irq_save(f);
	KTEST_EXPECT(t, !raw_if());
	KTEST_EXPECT(t, f & X86_EFLAGS_IF);
	local_irq_save(g);
	KTEST_EXPECT(t, !(g & X86_EFLAGS_IF));
	local_irq_restore(g);
	KTEST_EXPECT(t, !raw_if());
	local_irq_restore(f);
	KTEST_EXPECT(t, raw_if());
	if (!was_on)
		local_irq_disable();
}

/* The same through the table: pv_irq_ops as a backend's caller sees it. */
static void irq_ops_set_if(struct ktest *t)
{
	const unsigned long mask = X86_EFLAGS_IF | X86_EFLAGS_IOPL;
	unsigned long f, raw;
	bool was_on = raw_if();

	if (!on_the_cpu(t))
		return;
	(pv_irq_ops.irq_disable)();
	KTEST_EXPECT(t, !raw_if());
	(pv_irq_ops.irq_enable)();
	KTEST_EXPECT(t, raw_if());
	f = (pv_irq_ops.save_fl)();
	raw = raw_flags();
	KTEST_EXPECT_EQ(t, f & mask, raw & mask);
	(pv_irq_ops.irq_disable)();
	f = (pv_irq_ops.save_fl)();
	KTEST_EXPECT(t, !(f & X86_EFLAGS_IF));
	(pv_irq_ops.restore_fl)(f | X86_EFLAGS_IF);
	KTEST_EXPECT(t, raw_if());
	(pv_irq_ops.restore_fl)(f & ~X86_EFLAGS_IF);
	KTEST_EXPECT(t, !raw_if());
	if (was_on)
		(pv_irq_ops.irq_enable)();
}

/* Right after a tick, so that none is pending when IF goes off. */
static void wait_for_tick(void)
{
	unsigned long j = jiffies;

	while (jiffies == j)
		cpu_relax();
}

/*
 * Does safe_halt halt until an interrupt, and leave IF on?  Called with
 * IF off just after a tick, it may return only once the next tick has
 * been taken: jiffies must have moved.  An op that forgot hlt (or sti)
 * returns at once, or never (hlt with IF off: the boot times out).
 */
static void safe_halt_waits_for_irq(struct ktest *t)
{
	unsigned long j;
	bool was_on = raw_if();

	if (!on_the_cpu(t))
		return;
	local_irq_enable();
	wait_for_tick();
	local_irq_disable();
	j = jiffies;
	safe_halt();
	KTEST_EXPECT(t, raw_if());
	KTEST_EXPECT(t, jiffies != j);

	wait_for_tick();
	local_irq_disable();
	j = jiffies;
	(pv_irq_ops.safe_halt)();
	KTEST_EXPECT(t, raw_if());
	KTEST_EXPECT(t, jiffies != j);
	if (!was_on)
		local_irq_disable();
}

/* A descriptor per TLS slot, each different, none valid to load. */
static void fill_tls(struct thread_struct *th, unsigned int seed)
{
	unsigned int i;

	for (i = 0; i < GDT_ENTRY_TLS_ENTRIES; i++)
		th->tls_array[i] = 0x0000f20000000000ULL |
				   (u64)(seed * 0x100 + i + 1) << 16;
}

static void expect_tls_in_gdt(struct ktest *t, const struct thread_struct *th)
{
	unsigned int i;

	for (i = 0; i < GDT_ENTRY_TLS_ENTRIES; i++) {
		const struct desc_struct *d = &gdt_table[GDT_ENTRY_TLS_MIN + i];

		if (memcmp(d, &th->tls_array[i], sizeof(*d)))
			ktest_fail(t, __FILE__, __LINE__,
				   "TLS slot %u: GDT holds %08x:%08x, want %08x:%08x",
				   i, d->b, d->a, (u32)(th->tls_array[i] >> 32),
				   (u32)th->tls_array[i]);
	}
}

/* Do load_TLS's site and pv_cpu_ops.load_tls install every TLS entry? */
static void load_tls_installs_all(struct ktest *t)
{
	static struct thread_struct th;
	struct thread_struct *self = &current->thread;
	unsigned long flags;

	local_irq_save(flags);
	memset(&gdt_table[GDT_ENTRY_TLS_MIN], 0,
	       GDT_ENTRY_TLS_ENTRIES * sizeof(struct desc_struct));
	fill_tls(&th, 1);
	load_TLS(&th, 0);
	expect_tls_in_gdt(t, &th);
	memset(&gdt_table[GDT_ENTRY_TLS_MIN], 0,
	       GDT_ENTRY_TLS_ENTRIES * sizeof(struct desc_struct));
	fill_tls(&th, 2);
	(pv_cpu_ops.load_tls)(&th, 0);
	expect_tls_in_gdt(t, &th);
	load_TLS(self, 0);
	local_irq_restore(flags);
}

/* Do load_esp0's site and pv_cpu_ops.load_esp0 set the TSS's esp0? */
static void load_esp0_sets_tss(struct ktest *t)
{
	static struct tss_struct tss;
	static struct thread_struct th;

	th.esp0 = 0x12345678;
	load_esp0(&tss, &th);
	KTEST_EXPECT_EQ(t, tss.x86_tss.esp0, 0x12345678);
	th.esp0 = 0x9abcdef0;
	(pv_cpu_ops.load_esp0)(&tss, &th);
	KTEST_EXPECT_EQ(t, tss.x86_tss.esp0, 0x9abcdef0);
	KTEST_EXPECT_EQ(t, init_tss.x86_tss.esp0, current->thread.esp0);
}

/* Do the PTE and PMD stores, at their sites and in the table, store? */
static void pte_stores_store(struct ktest *t)
{
	static volatile pte_t pte;
	static volatile pgd_t pmd;

	if (!on_the_cpu(t))
		return;
	set_pte((pte_t *)&pte, __pte(0x1000f067));
	KTEST_EXPECT_EQ(t, pte.pte_low, 0x1000f067);
	(pv_mmu_ops.set_pte)((pte_t *)&pte, __pte(0x2000f067));
	KTEST_EXPECT_EQ(t, pte.pte_low, 0x2000f067);
	set_pte_at(&init_mm, 0x08048000, (pte_t *)&pte, __pte(0x3000f065));
	KTEST_EXPECT_EQ(t, pte.pte_low, 0x3000f065);
	(pv_mmu_ops.set_pte_at)(&init_mm, 0x08048000, (pte_t *)&pte,
			      __pte(0x4000f065));
	KTEST_EXPECT_EQ(t, pte.pte_low, 0x4000f065);
	pte_clear(&init_mm, 0x08048000, (pte_t *)&pte);
	KTEST_EXPECT_EQ(t, pte.pte_low, 0);
	set_pmd((pgd_t *)&pmd, __pgd(0x5000f067));
	KTEST_EXPECT_EQ(t, pgd_val(pmd), 0x5000f067);
	(pv_mmu_ops.set_pmd)((pgd_t *)&pmd, __pgd(0x6000f067));
	KTEST_EXPECT_EQ(t, pgd_val(pmd), 0x6000f067);
}

#define RAW_READ_CR(n)							\
static unsigned long raw_cr##n(void)					\
{									\
	unsigned long v;						\
									\
	__asm__ __volatile__("movl %%cr" #n ", %0" : "=r"(v));		\
	return v;							\
}
RAW_READ_CR(0)
RAW_READ_CR(2)
RAW_READ_CR(3)
RAW_READ_CR(4)

static void raw_cpuid(u32 leaf, u32 r[4])
{
	__asm__ __volatile__("cpuid"
			     : "=a"(r[0]), "=b"(r[1]), "=c"(r[2]), "=d"(r[3])
			     : "0"(leaf), "2"(0));
}

static u64 raw_tsc(void)
{
	u64 v;

	__asm__ __volatile__("rdtsc" : "=A"(v));
	return v;
}

/* Do the CPU ops, at their sites and in the table, read the real CPU? */
static void cpu_ops_read_cpu(struct ktest *t)
{
	struct Xgt_desc_struct raw_dt, dt;
	u32 want[4], got[4];
	unsigned long v;
	u64 before, tsc, after, msr;
	u32 lo, hi;

	if (!on_the_cpu(t))
		return;
	KTEST_EXPECT_EQ(t, read_cr0(), raw_cr0());
	KTEST_EXPECT_EQ(t, (pv_cpu_ops.read_cr0)(), raw_cr0());
	KTEST_EXPECT_EQ(t, read_cr4(), raw_cr4());
	KTEST_EXPECT_EQ(t, (pv_cpu_ops.read_cr4)(), raw_cr4());
	KTEST_EXPECT_EQ(t, read_cr3(), raw_cr3());
	KTEST_EXPECT_EQ(t, (pv_mmu_ops.read_cr3)(), raw_cr3());
	KTEST_EXPECT_EQ(t, read_cr2(), raw_cr2());
	KTEST_EXPECT_EQ(t, (pv_mmu_ops.read_cr2)(), raw_cr2());
	v = raw_cr3();
	(pv_mmu_ops.write_cr3)(v);
	KTEST_EXPECT_EQ(t, raw_cr3(), v);

	__asm__ __volatile__("strl %0" : "=r"(v));
	KTEST_EXPECT_EQ(t, store_tr(), v & 0xffff);
	KTEST_EXPECT_EQ(t, (pv_cpu_ops.store_tr)(), v & 0xffff);
	__asm__ __volatile__("sgdt %0" : "=m"(raw_dt));
	memset(&dt, 0, sizeof(dt));
	(pv_cpu_ops.store_gdt)(&dt);
	KTEST_EXPECT(t, !memcmp(&dt, &raw_dt, sizeof(dt)));
	__asm__ __volatile__("sidt %0" : "=m"(raw_dt));
	memset(&dt, 0, sizeof(dt));
	(pv_cpu_ops.store_idt)(&dt);
	KTEST_EXPECT(t, !memcmp(&dt, &raw_dt, sizeof(dt)));

	raw_cpuid(0, want);
	cpuid(0, &got[0], &got[1], &got[2], &got[3]);
	KTEST_EXPECT(t, !memcmp(got, want, sizeof(got)));
	got[0] = 0;
	got[2] = 0;
	(pv_cpu_ops.cpuid)(&got[0], &got[1], &got[2], &got[3]);
	KTEST_EXPECT(t, !memcmp(got, want, sizeof(got)));

	__asm__ __volatile__("rdmsr" : "=a"(lo), "=d"(hi)
			     : "c"(MSR_IA32_SYSENTER_CS));
	KTEST_EXPECT_EQ(t, (pv_cpu_ops.read_msr)(MSR_IA32_SYSENTER_CS, &msr), 0);
	KTEST_EXPECT(t, msr == ((u64)hi << 32 | lo));

	before = raw_tsc();
	tsc = (pv_cpu_ops.read_tsc)();
	after = raw_tsc();
	KTEST_EXPECT(t, before < tsc && tsc < after);
}

/*
 * Does paravirt_flush_lazy_mmu_mode() really leave the mode and enter it
 * again, through the ops?  A recording op pair, batching as a hypervisor
 * backend would, stands in for the table's.  Natively the patched sites
 * of those ops are NOPs, so only an unpatched boot (nopvpatch) reaches
 * the table.
 */
static char lazy_log[8];
static unsigned int lazy_calls;

static void record_enter(void)
{
	if (lazy_calls < sizeof(lazy_log))
		lazy_log[lazy_calls] = 'e';
	lazy_calls++;
	paravirt_enter_lazy(PARAVIRT_LAZY_MMU);
}

static void record_leave(void)
{
	if (lazy_calls < sizeof(lazy_log))
		lazy_log[lazy_calls] = 'l';
	lazy_calls++;
	paravirt_leave_lazy(PARAVIRT_LAZY_MMU);
}

static void lazy_flush_leaves_and_enters(struct ktest *t)
{
	struct pv_lazy_ops saved = pv_mmu_ops.lazy_mode;
	unsigned long flags;

	if (paravirt_patched)
		return ktest_skip(t, "patched: the lazy-mode sites are NOPs on native");
	local_irq_save(flags);
	lazy_calls = 0;
	pv_mmu_ops.lazy_mode.enter = record_enter;
	pv_mmu_ops.lazy_mode.leave = record_leave;
	paravirt_enter_lazy_mmu_mode();
	paravirt_flush_lazy_mmu_mode();
	KTEST_EXPECT_EQ(t, paravirt_get_lazy_mode(), PARAVIRT_LAZY_MMU);
	paravirt_leave_lazy_mmu_mode();
	pv_mmu_ops.lazy_mode = saved;
	local_irq_restore(flags);
	KTEST_EXPECT_EQ(t, lazy_calls, 4);
	KTEST_EXPECT(t, !memcmp(lazy_log, "elel", 4));
	KTEST_EXPECT_EQ(t, paravirt_get_lazy_mode(), PARAVIRT_LAZY_NONE);
}

/* The op a site type names, from the layout of paravirt_types.h. */
static void *op_of(u8 type)
{
#define GROUP(ops) { offsetof(struct paravirt_patch_template, ops),	\
		     sizeof(ops), &ops }
	static const struct {
		size_t off, size;
		void *table;
	} groups[] = {
		GROUP(pv_init_ops), GROUP(pv_time_ops), GROUP(pv_cpu_ops),
		GROUP(pv_irq_ops), GROUP(pv_mmu_ops),
	};
#undef GROUP
	size_t at = type * sizeof(void *);
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(groups); i++)
		if (at >= groups[i].off && at < groups[i].off + groups[i].size)
			return ((void **)groups[i].table)[(at - groups[i].off) /
							  sizeof(void *)];
	return NULL;
}

/*
 * Are the sites of ops that do nothing natively (paravirt_nop) patched
 * to no call at all?  That is what makes them cost nothing on bare
 * metal; a call to paravirt_nop would work, slowly.
 */
static void nop_ops_patched_out(struct ktest *t)
{
	struct paravirt_patch_site *s;
	unsigned int i, nops = 0;

	if (!paravirt_patched)
		return ktest_skip(t, "nopvpatch: every site is a call");
	for (s = __parainstructions; s < __parainstructions_end; s++) {
		if (op_of(s->instrtype) != (void *)paravirt_nop)
			continue;
		nops++;
		for (i = 0; i < s->len; i++)
			if (s->instr[i] == OP_CALL_REL ||
			    (s->instr[i] == OP_CALL_IND0 && i + 1 < s->len &&
			     s->instr[i + 1] == OP_CALL_IND1)) {
				ktest_fail(t, __FILE__, __LINE__,
					   "site %p (type %u) still calls",
					   s->instr, s->instrtype);
				break;
			}
	}
	if (!nops)
		ktest_skip(t, "the backend has no op that does nothing");
}

static const struct ktest_case pvops_cases[] = {
	KTEST_CASE(irq_sites_set_if),
	KTEST_CASE(irq_ops_set_if),
	KTEST_CASE(safe_halt_waits_for_irq),
	KTEST_CASE(load_tls_installs_all),
	KTEST_CASE(load_esp0_sets_tss),
	KTEST_CASE(pte_stores_store),
	KTEST_CASE(cpu_ops_read_cpu),
	KTEST_CASE(lazy_flush_leaves_and_enters),
	KTEST_CASE(nop_ops_patched_out),
};
KTEST_SUITE(pvops, pvops_cases);
