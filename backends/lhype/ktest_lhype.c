/*
 * Self-tests: the kernel under lhype (suite "lhype")
 *
 * Run by ktest after boot, like every suite; each case skips unless
 * the lhype host started us at our boot entry.  What only lhype makes
 * true: we were entered there and run in ring 1, the interrupt-flag
 * sites hold lhype's code (written here from the address of the shared
 * word, not copied from patch.c's templates), the flag is the word the
 * host reads, the host delivers a waiting interrupt as soon as we
 * enable (pv386's prompt path), HALT wakes on the tick, and a lazy
 * section queues in the async ring, which the host empties, and the
 * TLB flushes drop the host's shadow of a PTE changed behind its back.
 * The native cases of the paravirt, pvops and time suites skip under
 * lhype for what they read from the hardware.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/ktest.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/time.h>
#include <asm/paravirt.h>
#include <asm/paravirt_patch.h>
#include <asm/paravirt_backend.h>
#include <asm/irqflags.h>
#include <asm/irq.h>
#include <asm/fixmap.h>
#include <asm/tlbflush.h>
#include <asm/pgtable.h>
#include <linux/mm.h>
#include <asm/segment.h>
#include "lhype.h"

#define PREFIX_DS	0x3e
#define OP_CALL_REL	0xe8
#define OP_CALL_IND0	0xff	/* ff 15: call *abs32 */
#define OP_CALL_IND1	0x15
/* How long to wait for the host to raise the timer: many ticks. */
#define PENDING_SPINS	200000000UL

extern unsigned long reserved_top;

static bool under_lhype(struct ktest *t)
{
	if (pv_backend == &lhype_backend)
		return true;
	ktest_skip(t, "not under lhype");
	return false;
}

/* Did the host start us at our entry, and did init take its answers? */
static void entered_at_boot_entry(struct ktest *t)
{
	if (!under_lhype(t))
		return;
	KTEST_EXPECT(t, paravirt_boot_backend == &lhype_backend);
	KTEST_EXPECT(t, !strcmp(pv_info.name, "lhype"));
	KTEST_EXPECT_EQ(t, paravirt_kernel_rpl(), 1);
	KTEST_EXPECT_EQ(t, paravirt_enabled(), 1);
	/* The host's top 4 MiB is reserved, the fixmap below it. */
	KTEST_EXPECT(t, lguest_data.reserve_mem >= 4UL << 20);
	KTEST_EXPECT_EQ(t, reserved_top, lguest_data.reserve_mem);
	KTEST_EXPECT(t, FIXADDR_TOP + PAGE_SIZE <= 0xffc00000UL);
	KTEST_EXPECT(t, lguest_data.noirq_start < lguest_data.noirq_end);
}

/* Are CS, SS and DS at RPL 1, and is that the ring we run in? */
static void runs_in_ring_1(struct ktest *t)
{
	unsigned int cs, ss, ds;

	if (!under_lhype(t))
		return;
	__asm__ __volatile__("movl %%cs, %0; movl %%ss, %1; movl %%ds, %2"
			     : "=r"(cs), "=r"(ss), "=r"(ds));
	KTEST_EXPECT_EQ(t, cs & 0xffff, 0x61);
	KTEST_EXPECT_EQ(t, ss & 0xffff, 0x69);
	KTEST_EXPECT_EQ(t, ds & 3, 1);
	KTEST_EXPECT_EQ(t, (__KERNEL_CS | get_kernel_rpl()), 0x61);
}

/* Does the site run exactly code after DS prefixes (or code then NOPs)? */
static bool holds(const struct paravirt_patch_site *s, const u8 *code,
		  unsigned int n)
{
	unsigned int i;

	if (s->len < n)
		return false;
	if (paravirt_debug_poison)
		return !memcmp(s->instr, code, n);
	for (i = 0; i < s->len - n; i++)
		if (s->instr[i] != PREFIX_DS)
			return false;
	return !memcmp(s->instr + s->len - n, code, n);
}

/* Is code anywhere in the site? */
static bool has(const struct paravirt_patch_site *s, const u8 *code,
		unsigned int n)
{
	unsigned int i;

	for (i = 0; i + n <= s->len; i++)
		if (!memcmp(s->instr + i, code, n))
			return true;
	return false;
}

/* Is there a direct call to target in the site, and no indirect one? */
static bool calls(const struct paravirt_patch_site *s, const void *target)
{
	bool found = false;
	unsigned int i;
	s32 rel;

	for (i = 0; i < s->len; i++) {
		if (s->instr[i] == OP_CALL_IND0 && i + 1 < s->len &&
		    s->instr[i + 1] == OP_CALL_IND1)
			return false;
		if (s->instr[i] != OP_CALL_REL || i + 5 > s->len)
			continue;
		memcpy(&rel, s->instr + i + 1, 4);
		if ((unsigned long)s->instr + i + 5 + rel ==
		    (unsigned long)target)
			found = true;
	}
	return found;
}

/*
 * Do the interrupt-flag sites hold lhype's code: disable a store of 0
 * to the shared word, save_fl a load from it, enable and restore_fl a
 * direct call to entry.S's code?
 */
static void irq_sites_hold_lhype_code(struct ktest *t)
{
	u32 word = (u32)&lguest_data.irq_enabled;
	u8 store0[10] = { 0xc7, 0x05 }, load[5] = { 0xa1 };
	const struct paravirt_patch_site *s;
	unsigned int seen[4] = { 0 };

	if (!under_lhype(t))
		return;
	if (!paravirt_patched)
		return ktest_skip(t, "nopvpatch: every site is a call");
	memcpy(store0 + 2, &word, 4);			/* imm32 0 follows */
	memcpy(load + 1, &word, 4);
	for (s = __parainstructions; s < __parainstructions_end; s++) {
		switch (s->instrtype) {
		case PARAVIRT_PATCH(pv_irq_ops.irq_disable):
			seen[0]++;
			KTEST_EXPECT(t, holds(s, store0, sizeof(store0)));
			break;
		case PARAVIRT_PATCH(pv_irq_ops.save_fl):
			seen[1]++;
			KTEST_EXPECT(t, has(s, load, sizeof(load)));
			break;
		case PARAVIRT_PATCH(pv_irq_ops.irq_enable):
			seen[2]++;
			KTEST_EXPECT(t, calls(s, lhype_irq_enable));
			break;
		case PARAVIRT_PATCH(pv_irq_ops.restore_fl):
			seen[3]++;
			KTEST_EXPECT(t, calls(s, lhype_restore_fl));
			break;
		}
	}
	KTEST_EXPECT(t, seen[0] && seen[1] && seen[2] && seen[3]);
}

/* Is the interrupt flag the shared word, 0 or 0x200, sites and table? */
static void irq_flag_is_shared_word(struct ktest *t)
{
	unsigned long f, g;

	if (!under_lhype(t))
		return;
	local_irq_save(f);
	KTEST_EXPECT_EQ(t, lguest_data.irq_enabled, 0);
	KTEST_EXPECT(t, irqs_disabled());
	local_irq_enable();
	KTEST_EXPECT_EQ(t, lguest_data.irq_enabled, 0x200);
	local_irq_save(g);
	KTEST_EXPECT_EQ(t, g, 0x200);
	local_irq_restore(g);
	KTEST_EXPECT_EQ(t, lguest_data.irq_enabled, 0x200);
	(pv_irq_ops.irq_disable)();
	KTEST_EXPECT_EQ(t, lguest_data.irq_enabled, 0);
	KTEST_EXPECT_EQ(t, (pv_irq_ops.save_fl)(), 0);
	/* Only IF counts: the other bits of a flags value are not stored. */
	(pv_irq_ops.restore_fl)(0x246);
	KTEST_EXPECT_EQ(t, lguest_data.irq_enabled, 0x200);
	(pv_irq_ops.restore_fl)(0x046);
	KTEST_EXPECT_EQ(t, lguest_data.irq_enabled, 0);
	(pv_irq_ops.irq_enable)();
	KTEST_EXPECT_EQ(t, (pv_irq_ops.save_fl)(), 0x200);
	local_irq_restore(f);
}

/*
 * pv386's prompt path: with interrupts off, wait until the host says
 * the tick waits for us; enabling must take it at once (through the
 * hypercall), not at the next exit, which these few instructions do
 * not make.
 */
static void enable_delivers_at_once(struct ktest *t)
{
	unsigned long flags, before, after, i;

	if (!under_lhype(t))
		return;
	local_irq_save(flags);
	for (i = 0; i < PENDING_SPINS && !lhype_irq_pending; i++)
		cpu_relax();
	if (!lhype_irq_pending) {
		local_irq_restore(flags);
		return ktest_fail(t, __FILE__, __LINE__,
				  "the host never set lhype_irq_pending");
	}
	before = irq_count[TIMER_IRQ];
	local_irq_enable();
	after = irq_count[TIMER_IRQ];
	local_irq_restore(flags);
	KTEST_EXPECT(t, after != before);
}

/* Does safe_halt sleep until the tick, and leave interrupts on? */
static void halt_wakes_on_tick(struct ktest *t)
{
	unsigned long j;

	if (!under_lhype(t))
		return;
	local_irq_disable();
	j = jiffies;
	safe_halt();
	KTEST_EXPECT_EQ(t, lguest_data.irq_enabled, 0x200);
	KTEST_EXPECT(t, jiffies != j);
}

/*
 * Does a lazy MMU section queue its calls in the ring, and does the
 * host run them by the time the section is left?
 */
static void lazy_section_uses_ring(struct ktest *t)
{
	unsigned int i, try, pending = 0;
	unsigned long flags;

	if (!under_lhype(t))
		return;
	/*
	 * Any exit runs the ring (a host timer interrupt may come between
	 * the queueing and the count): a few tries, then it must be seen.
	 */
	for (try = 0; try < 3 && !pending; try++) {
		local_irq_save(flags);
		paravirt_enter_lazy_mmu_mode();
		__flush_tlb();		/* FLUSH_TLB(0): harmless */
		for (i = 0; i < LHCALL_RING_SIZE; i++)
			if (lguest_data.hcall_status[i] ==
			    LHCALL_SLOT_PENDING)
				pending++;
		paravirt_leave_lazy_mmu_mode();
		local_irq_restore(flags);
	}
	KTEST_EXPECT_EQ(t, pending, 1);
	for (i = 0; i < LHCALL_RING_SIZE; i++)
		KTEST_EXPECT_EQ(t, lguest_data.hcall_status[i],
				LHCALL_SLOT_FREE);
}

/*
 * A kernel PTE changed behind the host's back (a raw store, no op: what
 * a stale TLB entry is to the CPU), then one flush op: the next read
 * must see the new page, so the op must have dropped the host's shadow
 * entry.  The fixmap's test slot, between pages a and b.
 */
static void remap_behind_host(unsigned long *page)
{
	pte_t *pte = pte_lookup(swapper_pg_dir, fix_to_virt(FIX_TEST));

	pte->pte_low = __pa(page) | pgprot_val(PAGE_KERNEL);
}

static void flush_drops_shadow(struct ktest *t, bool single)
{
	volatile unsigned long *slot = (void *)fix_to_virt(FIX_TEST);
	unsigned long *a = get_zeroed_page(), *b = get_zeroed_page();

	if (!a || !b)
		return ktest_fail(t, __FILE__, __LINE__, "no memory");
	a[0] = 0xaaaa;
	b[0] = 0xbbbb;
	set_fixmap(FIX_TEST, __pa(a));
	KTEST_EXPECT_EQ(t, *slot, 0xaaaa);	/* now in the shadow */
	remap_behind_host(b);
	if (single)
		__flush_tlb_single(fix_to_virt(FIX_TEST));
	else
		__flush_tlb_all();
	KTEST_EXPECT_EQ(t, *slot, 0xbbbb);
	clear_fixmap(FIX_TEST);
	free_page(a);
	free_page(b);
}

/* Does flush_tlb_single reach the host (SET_PTE of 0)? */
static void flush_single_reaches_host(struct ktest *t)
{
	if (under_lhype(t))
		flush_drops_shadow(t, true);
}

/* Does the global flush reach the host (FLUSH_TLB(1))? */
static void flush_all_reaches_host(struct ktest *t)
{
	if (under_lhype(t))
		flush_drops_shadow(t, false);
}

static const struct ktest_case lhype_cases[] = {
	KTEST_CASE(entered_at_boot_entry),
	KTEST_CASE(runs_in_ring_1),
	KTEST_CASE(irq_sites_hold_lhype_code),
	KTEST_CASE(irq_flag_is_shared_word),
	KTEST_CASE(enable_delivers_at_once),
	KTEST_CASE(halt_wakes_on_tick),
	KTEST_CASE(lazy_section_uses_ring),
	KTEST_CASE(flush_single_reaches_host),
	KTEST_CASE(flush_all_reaches_host),
};
KTEST_SUITE(lhype, lhype_cases);
