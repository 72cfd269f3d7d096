/*
 * Self-tests: lazy modes under preemption (suite "lazy")
 *
 * A recording backend is put into the live tables: lazy MMU ops that
 * record the mode through paravirt_enter_lazy()/paravirt_leave_lazy()
 * (which BUG on misuse) and count a "queued update" that leave applies,
 * and context-switch ops that are the core's paravirt_lazy_switch_start()
 * and _end(), as a batching backend's are.  The sites reach those ops
 * only unpatched (nopvpatch, tests/boot/pvnopatch.t); patched on native
 * they are NOPs, and the cases skip.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/ktest.h>
#include <linux/sched.h>
#include <linux/time.h>
#include <linux/string.h>
#include <asm/paravirt.h>
#include <asm/paravirt_backend.h>
#include <asm/irqflags.h>

#define SKIP_PATCHED	"patched: the lazy sites are NOPs on native"

/* How long the preempted section may wait for its two preemptions. */
#define SECTION_TICKS	(20 * TIMESLICE_TICKS)

static volatile struct {
	unsigned int mmu_enters, mmu_leaves;
	unsigned int queued;	/* updates waiting for the next leave */
	unsigned int bad;	/* an op called in the wrong mode */
} rec;

static void rec_mmu_enter(void)
{
	if (paravirt_get_lazy_mode() != PARAVIRT_LAZY_NONE) {
		rec.bad++;
		return;
	}
	paravirt_enter_lazy(PARAVIRT_LAZY_MMU);
	rec.mmu_enters++;
}

static void rec_mmu_leave(void)
{
	if (paravirt_get_lazy_mode() != PARAVIRT_LAZY_MMU) {
		rec.bad++;
		return;
	}
	rec.queued = 0;			/* applied */
	paravirt_leave_lazy(PARAVIRT_LAZY_MMU);
	rec.mmu_leaves++;
}

static struct pv_lazy_ops saved_mmu;
static void (*saved_start)(struct task_struct *);
static void (*saved_end)(struct task_struct *);

/* Interrupts off, no lazy mode active. */
static void rec_install(void)
{
	memset((void *)&rec, 0, sizeof(rec));
	saved_mmu = pv_mmu_ops.lazy_mode;
	saved_start = pv_cpu_ops.start_context_switch;
	saved_end = pv_cpu_ops.end_context_switch;
	pv_mmu_ops.lazy_mode.enter = rec_mmu_enter;
	pv_mmu_ops.lazy_mode.leave = rec_mmu_leave;
	pv_cpu_ops.start_context_switch = paravirt_lazy_switch_start;
	pv_cpu_ops.end_context_switch = paravirt_lazy_switch_end;
}

static void rec_uninstall(void)
{
	pv_mmu_ops.lazy_mode = saved_mmu;
	pv_cpu_ops.start_context_switch = saved_start;
	pv_cpu_ops.end_context_switch = saved_end;
}

/*
 * Do the switch helpers leave prev's lazy MMU mode, applying its queue,
 * and enter it again only for the task that was switched out in it?
 * Two tasks that are never run: the helpers are called as switch_to's
 * ops would call them, interrupts off.
 */
static void switch_saves_lazy_mmu(struct ktest *t)
{
	static struct task_struct a, b;
	unsigned long flags;

	if (paravirt_patched)
		return ktest_skip(t, SKIP_PATCHED);
	a.lazy_mmu = b.lazy_mmu = false;
	local_irq_save(flags);
	rec_install();
	paravirt_enter_lazy_mmu_mode();
	rec.queued = 1;
	paravirt_lazy_switch_start(&a);		/* a leaves in it */
	KTEST_EXPECT_EQ(t, paravirt_get_lazy_mode(), PARAVIRT_LAZY_CPU);
	KTEST_EXPECT_EQ(t, rec.queued, 0);
	KTEST_EXPECT_EQ(t, rec.mmu_leaves, 1);
	KTEST_EXPECT(t, a.lazy_mmu);
	paravirt_lazy_switch_end(&b);		/* b was not */
	KTEST_EXPECT_EQ(t, paravirt_get_lazy_mode(), PARAVIRT_LAZY_NONE);
	paravirt_lazy_switch_start(&b);
	KTEST_EXPECT(t, !b.lazy_mmu);
	paravirt_lazy_switch_end(&a);		/* a runs again */
	KTEST_EXPECT_EQ(t, paravirt_get_lazy_mode(), PARAVIRT_LAZY_MMU);
	KTEST_EXPECT(t, !a.lazy_mmu);
	KTEST_EXPECT_EQ(t, rec.mmu_enters, 2);
	paravirt_leave_lazy_mmu_mode();
	KTEST_EXPECT_EQ(t, rec.bad, 0);
	KTEST_EXPECT_EQ(t, paravirt_get_lazy_mode(), PARAVIRT_LAZY_NONE);
	rec_uninstall();
	local_irq_restore(flags);
}

struct section {
	volatile unsigned long other_runs;	/* the other thread's loops */
	volatile int stop;
	unsigned int preempted;		/* the other ran inside it */
	unsigned int out_of_mode;	/* the section found itself not lazy */
	volatile unsigned int other_saw_lazy;
};

/*
 * A long lazy MMU section with interrupts on, as fork's copy is: it
 * queues updates until the other thread has run twice inside it.
 */
static int lazy_section(void *arg)
{
	struct section *s = arg;
	unsigned long end = jiffies + SECTION_TICKS, seen;

	paravirt_enter_lazy_mmu_mode();
	seen = s->other_runs;
	while (s->preempted < 2 && (long)(jiffies - end) < 0) {
		rec.queued++;
		if (paravirt_get_lazy_mode() != PARAVIRT_LAZY_MMU)
			s->out_of_mode++;
		if (s->other_runs != seen) {
			s->preempted++;
			seen = s->other_runs;
		}
	}
	paravirt_leave_lazy_mmu_mode();
	s->stop = 1;
	return 0;
}

/* Runs while the section is preempted: no lazy mode, nothing queued. */
static int other_thread(void *arg)
{
	struct section *s = arg;

	while (!s->stop) {
		if (paravirt_get_lazy_mode() != PARAVIRT_LAZY_NONE ||
		    rec.queued)
			s->other_saw_lazy++;
		s->other_runs++;
	}
	return 0;
}

/*
 * Is a preempted lazy MMU section flushed before another task runs, and
 * resumed in lazy MMU mode?  Before the switch handled it, the switch
 * entered lazy CPU mode inside the section: BUG in lazy.c.
 */
static void preempted_section(struct ktest *t)
{
	struct section s;
	unsigned long flags;
	int status;
	pid_t pa, pb;

	if (paravirt_patched)
		return ktest_skip(t, SKIP_PATCHED);
	memset(&s, 0, sizeof(s));
	local_irq_save(flags);
	rec_install();
	local_irq_restore(flags);
	pa = kernel_thread(lazy_section, &s, "lazy-section");
	pb = kernel_thread(other_thread, &s, "lazy-other");
	KTEST_EXPECT(t, pa > 0 && pb > 0);
	KTEST_EXPECT_EQ(t, do_wait(pa, &status), pa);
	KTEST_EXPECT_EQ(t, do_wait(pb, &status), pb);
	local_irq_save(flags);
	KTEST_EXPECT_EQ(t, paravirt_get_lazy_mode(), PARAVIRT_LAZY_NONE);
	rec_uninstall();
	local_irq_restore(flags);
	KTEST_EXPECT_EQ(t, s.preempted, 2);
	KTEST_EXPECT_EQ(t, s.out_of_mode, 0);
	KTEST_EXPECT_EQ(t, s.other_saw_lazy, 0);
	KTEST_EXPECT_EQ(t, rec.bad, 0);
	/* Each preemption left and entered the mode once more. */
	KTEST_EXPECT_EQ(t, rec.mmu_enters, rec.mmu_leaves);
	KTEST_EXPECT(t, rec.mmu_leaves >= 1 + s.preempted);
}

static const struct ktest_case lazy_cases[] = {
	KTEST_CASE(switch_saves_lazy_mmu),
	KTEST_CASE(preempted_section),
};
KTEST_SUITE(lazy, lazy_cases);
