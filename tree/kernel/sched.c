/*
 * The scheduler: round-robin with a timer-driven time slice
 *
 * One run queue of TASK_RUNNING tasks (current is not on it while it
 * runs).  The timer tick (arch/i386/kernel/time.c) calls
 * scheduler_tick(), which wakes sleepers whose timeout passed and sets
 * need_resched when the running task used up its slice; the return path
 * (handle_exit_work in traps.c) then calls schedule(), in user mode or
 * in kernel code that had interrupts enabled, so kernel threads are
 * preempted too.  The idle task (pid 0) runs only when the queue is
 * empty.  Everything here runs with interrupts off.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/sched.h>
#include <linux/time.h>
#include <linux/mm.h>
#include <linux/string.h>
#include <asm/irqflags.h>

extern char init_stack[];

struct task_struct init_task = {
	.pid = 0,
	.state = TASK_RUNNING,
	.comm = "swapper",
	.stack = init_stack,
};
struct task_struct *current = &init_task;
LIST_HEAD(task_list);
static LIST_HEAD(run_queue);
volatile int need_resched;
unsigned long nr_context_switches;

static void enqueue(struct task_struct *t)
{
	if (t != &init_task)
		list_add_tail(&t->run_list, &run_queue);
}

void wake_up_process(struct task_struct *t)
{
	unsigned long flags;

	local_irq_save(flags);
	if (t->state == TASK_SLEEPING) {
		list_del_init(&t->run_list);	/* from its wait queue */
		t->state = TASK_RUNNING;
		t->wakeup = 0;
		enqueue(t);
		if (current == &init_task)
			need_resched = 1;
	}
	local_irq_restore(flags);
}

/* Called by the tick, interrupts off. */
void scheduler_tick(void)
{
	struct task_struct *t;

	list_for_each_entry(t, &task_list, tasks)
		if (t->state == TASK_SLEEPING && t->wakeup &&
		    (long)(jiffies - t->wakeup) >= 0)
			wake_up_process(t);
	if (current != &init_task && --current->timeslice <= 0)
		need_resched = 1;
}

void schedule(void)
{
	struct task_struct *prev = current, *next;
	unsigned long flags;

	local_irq_save(flags);
	need_resched = 0;
	if (prev->state == TASK_RUNNING && prev != &init_task)
		enqueue(prev);
	if (list_empty(&run_queue)) {
		next = &init_task;
	} else {
		next = list_first_entry(&run_queue, struct task_struct,
					run_list);
		list_del_init(&next->run_list);
	}
	next->timeslice = TIMESLICE_TICKS;
	if (next != prev) {
		nr_context_switches++;
		current = next;
		switch_to(prev, next);
	}
	local_irq_restore(flags);
}

/* A new task's first run starts here, from ret_from_fork (entry.S). */
void schedule_tail(void);
void schedule_tail(void)
{
}

void yield(void)
{
	schedule();
}

void init_waitqueue(struct wait_queue *wq)
{
	INIT_LIST_HEAD(&wq->tasks);
}

void sleep_on(struct wait_queue *wq)
{
	current->state = TASK_SLEEPING;
	list_add_tail(&current->run_list, &wq->tasks);
	schedule();
}

void wake_up(struct wait_queue *wq)
{
	unsigned long flags;

	local_irq_save(flags);
	while (!list_empty(&wq->tasks))
		wake_up_process(list_first_entry(&wq->tasks,
						 struct task_struct, run_list));
	local_irq_restore(flags);
}

void sleep_ticks(unsigned long ticks)
{
	unsigned long flags;

	local_irq_save(flags);
	current->wakeup = jiffies + (ticks ? ticks : 1);
	current->state = TASK_SLEEPING;
	schedule();
	local_irq_restore(flags);
}

void __init sched_init(void)
{
	INIT_LIST_HEAD(&init_task.run_list);
	INIT_LIST_HEAD(&init_task.children);
	INIT_LIST_HEAD(&init_task.sibling);
	init_waitqueue(&init_task.child_wait);
	init_task.thread.esp0 = (unsigned long)init_stack + THREAD_SIZE;
	list_add_tail(&init_task.tasks, &task_list);
}
