/*
 * Self-tests: kernel threads, preemption, sleeping, waiting
 * (suite "sched")
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/ktest.h>
#include <linux/sched.h>
#include <linux/time.h>
#include <asm/processor.h>
#include <asm/system.h>
#include <asm/irqflags.h>

struct spinner {
	volatile unsigned long count;
	volatile int stop;
};

/* Spins with interrupts on and never yields: only preemption stops it. */
static int spin(void *arg)
{
	struct spinner *s = arg;

	while (!s->stop)
		s->count++;
	return 0;
}

/* Do two kernel threads that never yield both make progress? */
static void preempts_kernel_threads(struct ktest *t)
{
	struct spinner a = { 0, 0 }, b = { 0, 0 };
	pid_t pa = kernel_thread(spin, &a, "spin-a");
	pid_t pb = kernel_thread(spin, &b, "spin-b");
	unsigned long switches = nr_context_switches;
	int status;

	KTEST_EXPECT(t, pa > 0 && pb > 0);
	sleep_ticks(4 * TIMESLICE_TICKS);
	KTEST_EXPECT(t, a.count > 0);
	KTEST_EXPECT(t, b.count > 0);
	KTEST_EXPECT(t, nr_context_switches - switches >= 3);
	a.stop = b.stop = 1;
	KTEST_EXPECT_EQ(t, do_wait(pa, &status), pa);
	KTEST_EXPECT_EQ(t, do_wait(pb, &status), pb);
}

static int sleeper(void *arg)
{
	unsigned long *ticks = arg, start = jiffies;

	sleep_ticks(*ticks);
	*ticks = jiffies - start;
	return 0;
}

/* Does a sleeping thread wake after the right number of ticks? */
static void sleep_wakes_on_time(struct ktest *t)
{
	unsigned long ticks = 7;
	int status;
	pid_t p = kernel_thread(sleeper, &ticks, "sleeper");

	KTEST_EXPECT_EQ(t, do_wait(p, &status), p);
	KTEST_EXPECT(t, ticks >= 7 && ticks <= 8);
}

static int exit_with(void *arg)
{
	return (int)(unsigned long)arg;
}

/* Does wait() return each child's pid and status, then -ECHILD? */
static void wait_collects_status(struct ktest *t)
{
	pid_t p1 = kernel_thread(exit_with, (void *)0x300, "exit3");
	pid_t p2 = kernel_thread(exit_with, (void *)0x500, "exit5");
	int s1 = 0, s2 = 0;

	KTEST_EXPECT_EQ(t, do_wait(p2, &s2), p2);
	KTEST_EXPECT_EQ(t, s2, 0x500);
	KTEST_EXPECT_EQ(t, do_wait(-1, &s1), p1);
	KTEST_EXPECT_EQ(t, s1, 0x300);
	KTEST_EXPECT_EQ(t, do_wait(-1, &s1), -ECHILD);
	KTEST_EXPECT(t, find_task(p1) == NULL);
}

static int check_esp0(void *arg)
{
	/* The TSS must hold this thread's stack top while it runs. */
	return init_tss.x86_tss.esp0 == current->thread.esp0 &&
	       current->thread.esp0 == (unsigned long)current->stack +
				      THREAD_SIZE ? 0 : 1;
}

/* Does the context switch point the TSS at the next task's stack? */
static void switch_updates_esp0(struct ktest *t)
{
	int status = -1;
	pid_t p = kernel_thread(check_esp0, NULL, "esp0");

	KTEST_EXPECT_EQ(t, do_wait(p, &status), p);
	KTEST_EXPECT_EQ(t, status, 0);
	KTEST_EXPECT_EQ(t, init_tss.x86_tss.esp0, current->thread.esp0);
}

static struct wait_queue test_wq = WAIT_QUEUE_INIT(test_wq);
static volatile int wq_flag, wq_woke, wq_rescued;

#define WQ_RESCUE_TICKS	50

/*
 * Sets the flag and wakes the queue after two ticks.  If the sleeper
 * has not woken WQ_RESCUE_TICKS later, the wake-up was lost: wake it
 * directly, so the test fails instead of hanging the boot.
 */
static int waker(void *arg)
{
	struct task_struct *sleeper = arg;
	unsigned int i;

	sleep_ticks(2);
	wq_flag = 1;
	wake_up(&test_wq);
	for (i = 0; i < WQ_RESCUE_TICKS && !wq_woke; i++)
		sleep_ticks(1);
	if (!wq_woke) {
		wq_rescued = 1;
		wake_up_process(sleeper);
	}
	return 0;
}

/*
 * Does sleep_on() sleep until wake_up() wakes it?  One sleep_on(), no
 * loop, no timeout of its own: it must return only after the waker set
 * the flag (not at once, nor on a tick), and because wake_up() woke it,
 * not the waker's rescue.
 */
static void wait_queue_wakes(struct ktest *t)
{
	unsigned long flags, start, slept;
	int status, flag;
	pid_t p;

	wq_flag = wq_woke = wq_rescued = 0;
	p = kernel_thread(waker, current, "waker");
	local_irq_save(flags);
	start = jiffies;
	sleep_on(&test_wq);
	flag = wq_flag;
	slept = jiffies - start;
	wq_woke = 1;
	local_irq_restore(flags);
	KTEST_EXPECT_EQ(t, flag, 1);
	KTEST_EXPECT(t, slept >= 2);
	KTEST_EXPECT_EQ(t, wq_rescued, 0);
	KTEST_EXPECT(t, list_empty(&test_wq.tasks));
	KTEST_EXPECT_EQ(t, do_wait(p, &status), p);
}

static const struct ktest_case sched_cases[] = {
	KTEST_CASE(preempts_kernel_threads),
	KTEST_CASE(sleep_wakes_on_time),
	KTEST_CASE(wait_collects_status),
	KTEST_CASE(switch_updates_esp0),
	KTEST_CASE(wait_queue_wakes),
};
KTEST_SUITE(sched, sched_cases);
