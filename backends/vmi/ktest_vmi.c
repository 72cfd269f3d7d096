/*
 * Self-tests: the kernel on a VMI ROM (suite "vmi")
 *
 * Run by ktest after boot, like every suite; each case skips unless
 * the VMI backend is in charge (under vmihost, or any host with a VMI
 * ROM) and vmi=disable_timer was not given.  What the ROM's time calls
 * make true (time.c): the ROM has all six, the time ops are the
 * backend's and the TSC's rate is GetCycleFrequency's; the tick comes
 * at the alarm's period; IRQ 0 stops when the alarm is cancelled, so
 * nothing else (no PIT) drives it, and comes back when it is armed
 * again; the wallclock is the host's; and on our host the cycle
 * counter is read without an exit.  The native cases of the time suite
 * skip under VMI for what they read from the PIT, PIC and RTC.
 * What the MMU calls make true (mmu.c): a change in an address space
 * that is not on the CPU reaches the host's shadow of it, kept from
 * when it last ran; a lazy MMU section costs one exit, not one per
 * entry; and once the host is told of every change, a TLB flush costs
 * none.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/ktest.h>
#include <linux/errno.h>
#include <linux/sched.h>
#include <linux/time.h>
#include <asm/paravirt.h>
#include <asm/paravirt_backend.h>
#include <asm/irqflags.h>
#include <asm/irq.h>
#include <asm/processor.h>
#include <asm/pgtable.h>
#include <asm/tlbflush.h>
#include <linux/mm.h>
#include "vmi.h"

#define TICKS		10
#define COUNTER_READS	1000
#define TEST_VA		0x40000000UL	/* in a new address space */
#define ENTRIES		16

static bool under_vmi(struct ktest *t)
{
	if (pv_backend != &vmi_backend) {
		ktest_skip(t, "not under vmi");
		return false;
	}
	if (vmi_disable_timer) {
		ktest_skip(t, "vmi=disable_timer");
		return false;
	}
	return true;
}

/* The cases that call the time entries: only if time_ops_are_vmi holds. */
static bool under_vmi_time(struct ktest *t)
{
	if (!under_vmi(t))
		return false;
	if (pv_time_ops.time_init != vmi_time_init) {
		ktest_skip(t, "time is not on the VMI calls (time_ops_are_vmi)");
		return false;
	}
	return true;
}

/* Spins, interrupts as they are, for n cycles of the REAL counter. */
static void spin_cycles(u64 n)
{
	u64 t0 = vmi_cycle_counter(VMI_CYCLES_REAL);

	while (vmi_cycle_counter(VMI_CYCLES_REAL) - t0 < n)
		cpu_relax();
}

/*
 * Does the ROM have the time calls (every VMI ROM does), are the time
 * ops ours, and is the TSC's rate the ROM's frequency?
 */
static void time_ops_are_vmi(struct ktest *t)
{
	unsigned int call;

	if (!under_vmi(t))
		return;
	for (call = VMI_CALL_GetCycleFrequency;
	     call <= VMI_CALL_WallclockUpdated; call++)
		if (!vmi_has(call))
			ktest_fail(t, __FILE__, __LINE__,
				   "get_reloc(%u) gave type %u, not CALL_REL",
				   call, vmi_relocs[call].type);
	KTEST_EXPECT(t, pv_time_ops.time_init == vmi_time_init);
	if (pv_time_ops.time_init != vmi_time_init)
		return;
	KTEST_EXPECT(t, pv_time_ops.get_wallclock == vmi_get_wallclock);
	KTEST_EXPECT(t, pv_time_ops.set_wallclock == vmi_set_wallclock);
	KTEST_EXPECT(t, pv_time_ops.sched_clock == vmi_sched_clock);
	KTEST_EXPECT_EQ(t, boot_cpu_data.tsc_khz, vmi_cycle_frequency() / 1000);
	KTEST_EXPECT(t, boot_cpu_data.tsc_khz != 0);
}

/*
 * Does the tick come at the alarm's period?  From one tick to the
 * TICKS-th after it, TICKS periods of cycles, give or take: a loaded
 * host may skip a period, never shorten one (best of three).
 */
static void tick_at_alarm_period(struct ktest *t)
{
	u64 want, got = 0, t0;
	unsigned long j;
	int i;

	if (!under_vmi_time(t))
		return;
	want = vmi_cycle_frequency() / HZ * TICKS;
	for (i = 0; i < 3; i++) {
		j = jiffies;
		while (jiffies == j)
			cpu_relax();
		t0 = vmi_cycle_counter(VMI_CYCLES_REAL);
		j = jiffies;
		while (jiffies - j < TICKS)
			cpu_relax();
		got = vmi_cycle_counter(VMI_CYCLES_REAL) - t0;
		if (got > want * 9 / 10 && got < want * 2)
			break;
	}
	if (!(got > want * 9 / 10 && got < want * 2))
		ktest_fail(t, __FILE__, __LINE__,
			   "%d ticks took %llu cycles, not about %llu",
			   TICKS, got, want);
}

/*
 * Is the alarm the only thing that drives IRQ 0?  Cancelled (it was
 * armed), no tick for three periods, interrupts on: the PIT is off;
 * armed again, the tick comes back.  The kernel loses those ticks.
 */
static void only_the_alarm_drives_irq0(struct ktest *t)
{
	unsigned long j, irqs, flags;
	u64 period;
	bool was;

	if (!under_vmi_time(t))
		return;
	period = vmi_cycle_frequency() / HZ;
	local_irq_save(flags);
	local_irq_enable();
	was = vmi_tick_alarm_cancel();
	j = jiffies;
	irqs = irq_count[TIMER_IRQ];
	spin_cycles(3 * period);
	KTEST_EXPECT(t, was);
	KTEST_EXPECT_EQ(t, jiffies, j);
	KTEST_EXPECT_EQ(t, irq_count[TIMER_IRQ], irqs);
	vmi_tick_alarm_start();
	spin_cycles(3 * period);
	local_irq_restore(flags);
	KTEST_EXPECT(t, jiffies != j);
	KTEST_EXPECT(t, irq_count[TIMER_IRQ] != irqs);
}

/*
 * Is the wallclock the host's?  The boot wallclock plus the ticks
 * since is GetWallclockTime's seconds give or take the ticks lost; a
 * year after 2000; a write refused; sched_clock counts forward.
 */
static void wallclock_is_the_hosts(struct ktest *t)
{
	unsigned long host, ours;
	unsigned long long s0, s1;

	if (!under_vmi_time(t))
		return;
	host = vmi_get_wallclock();
	ours = get_wallclock();
	KTEST_EXPECT(t, host >= 946684800UL);		/* 2000-01-01 */
	KTEST_EXPECT(t, ours <= host + 1 && host - ours <= 10);
	KTEST_EXPECT(t, vmi_wallclock_ns() / 1000000000ULL >= host);
	KTEST_EXPECT_EQ(t, pv_time_ops.set_wallclock(host), -EPERM);
	s0 = sched_clock();
	spin_cycles(vmi_cycle_frequency() / 1000);	/* 1 ms */
	s1 = sched_clock();
	KTEST_EXPECT(t, s1 - s0 >= 1000000ULL && s1 - s0 < 1000000000ULL);
}

/*
 * Does our ROM read the cycle counter without an exit?  COUNTER_READS
 * reads cost far fewer exits than reads (the tick's exits only); the
 * stolen counter is 0.  Only on a ROM that counts exits (ours).
 */
static void counter_without_exit(struct ktest *t)
{
	unsigned long e0, e1;
	unsigned int i;

	if (!under_vmi_time(t))
		return;
	KTEST_EXPECT_EQ(t, vmi_cycle_counter(VMI_CYCLES_STOLEN), 0);
	e0 = paravirt_hv_exits();
	if (!e0)
		return ktest_skip(t, "this ROM does not count exits");
	for (i = 0; i < COUNTER_READS; i++)
		vmi_cycle_counter(VMI_CYCLES_REAL);
	e1 = paravirt_hv_exits();
	if (e1 - e0 >= COUNTER_READS / 10)
		ktest_fail(t, __FILE__, __LINE__,
			   "%u counter reads made %lu exits", COUNTER_READS,
			   e1 - e0);
}

/* The MMU cases: under vmi, with the ROM's SetPxE (mmu.c). */
static bool under_vmi_mmu(struct ktest *t)
{
	if (pv_backend != &vmi_backend) {
		ktest_skip(t, "not under vmi");
		return false;
	}
	if (!vmi_mmu_calls()) {
		ktest_skip(t, "the ROM has no SetPxE: page tables native");
		return false;
	}
	return true;
}

/* A new address space with a user page at TEST_VA; NULL if no memory. */
static struct mm_struct *test_mm(pte_t **pte, unsigned long *page)
{
	struct mm_struct *mm = mm_alloc();

	if (!mm)
		return NULL;
	*pte = pte_alloc(mm, mm->pgd, TEST_VA);
	if (!*pte) {
		mm_release(mm);
		return NULL;
	}
	set_pte_at(mm, TEST_VA, *pte,
		   pfn_pte(__pa(page) >> PAGE_SHIFT, PAGE_USER_RW));
	return mm;
}

/* What TEST_VA holds in mm: run on it, read, come back. */
static unsigned long read_in(struct mm_struct *mm)
{
	struct mm_struct *prev = active_mm;
	unsigned long v;

	switch_mm(prev, mm);
	v = *(volatile unsigned long *)TEST_VA;
	switch_mm(mm, prev);
	return v;
}

/*
 * Is a change in an address space that is not on the CPU (SetPxE
 * without CURRENT_AS) seen when it runs again?  The host keeps its
 * shadow from the first run, with the old entry: it must find the
 * entry by the page table it is in.
 */
static void other_space_sees_change(struct ktest *t)
{
	unsigned long *a, *b, flags, first, second;
	struct mm_struct *mm;
	pte_t *pte;

	if (!under_vmi_mmu(t))
		return;
	a = alloc_pages(0);
	b = alloc_pages(0);
	mm = a && b ? test_mm(&pte, a) : NULL;
	if (!mm) {
		if (a)
			free_page(a);
		if (b)
			free_page(b);
		return ktest_fail(t, __FILE__, __LINE__, "no memory");
	}
	*a = 0xaaaa;
	*b = 0xbbbb;
	local_irq_save(flags);
	first = read_in(mm);
	set_pte_at(mm, TEST_VA, pte,
		   pfn_pte(__pa(b) >> PAGE_SHIFT, PAGE_USER_RW));
	second = read_in(mm);
	local_irq_restore(flags);
	KTEST_EXPECT_EQ(t, first, 0xaaaa);
	KTEST_EXPECT_EQ(t, second, 0xbbbb);
	mm_release(mm);			/* frees b, its page */
	free_page(a);
}

/*
 * Does a lazy MMU section cost one exit, not one per entry?  ENTRIES
 * changes in a table of an address space not on the CPU, in a section;
 * then the same out of one.  Only on a ROM that counts exits (ours).
 */
static void lazy_section_one_exit(struct ktest *t)
{
	unsigned long *page, flags, e0, e1, e2;
	struct mm_struct *mm;
	unsigned int i;
	pte_t *pte;

	if (!under_vmi_mmu(t))
		return;
	if (!paravirt_hv_exits())
		return ktest_skip(t, "this ROM does not count exits");
	page = alloc_pages(0);
	mm = page ? test_mm(&pte, page) : NULL;
	if (!mm) {
		if (page)
			free_page(page);
		return ktest_fail(t, __FILE__, __LINE__, "no memory");
	}
	local_irq_save(flags);
	e0 = paravirt_hv_exits();
	paravirt_enter_lazy_mmu_mode();
	for (i = 0; i < ENTRIES; i++)
		set_pte_at(mm, TEST_VA, pte, pfn_pte(__pa(page) >> PAGE_SHIFT,
						     PAGE_USER_RW));
	paravirt_leave_lazy_mmu_mode();
	e1 = paravirt_hv_exits();
	for (i = 0; i < ENTRIES; i++)
		set_pte_at(mm, TEST_VA, pte, pfn_pte(__pa(page) >> PAGE_SHIFT,
						     PAGE_USER_RW));
	e2 = paravirt_hv_exits();
	local_irq_restore(flags);
	/* The host's own timer may take the CPU once: one exit more. */
	if (e1 - e0 > 2 || e2 - e1 < ENTRIES)
		ktest_fail(t, __FILE__, __LINE__,
			   "%u entries: %lu exits in a lazy section, %lu out "
			   "of one", ENTRIES, e1 - e0, e2 - e1);
	mm_release(mm);
}

/*
 * Once the kernel has made its first SetPxE, the host is told of every
 * change: does a TLB flush then cost no exit?
 */
static void flush_without_exit(struct ktest *t)
{
	unsigned long flags, e0, e1;
	unsigned int i;

	if (!under_vmi_mmu(t))
		return;
	if (!paravirt_hv_exits())
		return ktest_skip(t, "this ROM does not count exits");
	local_irq_save(flags);
	e0 = paravirt_hv_exits();
	for (i = 0; i < ENTRIES; i++) {
		__flush_tlb_single(TEST_VA);
		__flush_tlb();
	}
	e1 = paravirt_hv_exits();
	local_irq_restore(flags);
	if (e1 - e0 > 1)		/* the host's timer, at most */
		ktest_fail(t, __FILE__, __LINE__, "%u flushes made %lu exits",
			   2 * ENTRIES, e1 - e0);
}

static const struct ktest_case vmi_cases[] = {
	KTEST_CASE(time_ops_are_vmi),
	KTEST_CASE(tick_at_alarm_period),
	KTEST_CASE(only_the_alarm_drives_irq0),
	KTEST_CASE(wallclock_is_the_hosts),
	KTEST_CASE(counter_without_exit),
	KTEST_CASE(other_space_sees_change),
	KTEST_CASE(lazy_section_one_exit),
	KTEST_CASE(flush_without_exit),
};
KTEST_SUITE(vmi, vmi_cases);
