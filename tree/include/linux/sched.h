/*
 * Tasks and the scheduler
 *
 * A task is a kernel thread or a user process: a kernel stack, saved
 * machine state (thread_struct), an address space (mm, NULL for kernel
 * threads) and file descriptors.  kernel/sched.c runs them round-robin
 * with a timer-driven time slice, preempting both user and kernel code;
 * kernel/fork.c creates them, kernel/exit.c ends and reaps them.
 * Single CPU: `current` is a plain global.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _LINUX_SCHED_H
#define _LINUX_SCHED_H

#include <linux/types.h>
#include <linux/list.h>
#include <asm/processor.h>
#include <asm/i387.h>
#include <asm/page.h>
#include <asm/ptrace.h>

struct mm_struct;
struct file;
struct pt_regs;

#define TASK_RUNNING	0
#define TASK_SLEEPING	1	/* on a wait queue and/or a timeout */
#define TASK_ZOMBIE	2	/* exited, waiting for wait() */

#define TASK_COMM_LEN	16
#define NR_OPEN		16
#define TIMESLICE_TICKS	5

/* Wait queues: a list of sleeping tasks. */
struct wait_queue {
	struct list_head tasks;
};

struct task_struct {
	struct thread_struct thread;	/* entry.S: via asm-offsets */
	pid_t pid;
	int state;
	char comm[TASK_COMM_LEN];
	void *stack;			/* THREAD_SIZE bytes */
	struct mm_struct *mm;
	struct task_struct *parent;
	struct list_head run_list;	/* run queue or a wait queue */
	struct list_head tasks;		/* every task */
	struct list_head children, sibling;
	unsigned long wakeup;		/* jiffies to wake at, 0 = none */
	int timeslice;
	int exit_code;			/* wait() status */
	int killed;			/* wait() status to exit with, or 0 */
	bool used_math;
	/*
	 * Switched out inside a lazy MMU section, to be entered again when
	 * it runs (paravirt backends that batch, arch/i386/paravirt/lazy.c;
	 * Linux keeps TIF_LAZY_MMU_UPDATES in every configuration too).
	 */
	bool lazy_mmu;
	union i387_state fpu;
	struct file *files[NR_OPEN];
	struct wait_queue child_wait;	/* wait() sleeps here */
};

extern struct task_struct *current;
extern struct task_struct init_task;
extern struct list_head task_list;
extern volatile int need_resched;
extern unsigned long nr_context_switches;

void sched_init(void);
void schedule(void);
void yield(void);
void wake_up_process(struct task_struct *t);
void scheduler_tick(void);

#define WAIT_QUEUE_INIT(wq)	{ LIST_HEAD_INIT((wq).tasks) }
void init_waitqueue(struct wait_queue *wq);
/* Call with interrupts disabled, after testing the wake condition. */
void sleep_on(struct wait_queue *wq);
void wake_up(struct wait_queue *wq);
/* Sleeps for at least `ticks` timer ticks. */
void sleep_ticks(unsigned long ticks);

/* kernel/fork.c */
struct task_struct *task_alloc(const char *name);
void task_free(struct task_struct *t);
pid_t kernel_thread(int (*fn)(void *), void *arg, const char *name);
pid_t do_fork(struct pt_regs *regs);
struct task_struct *find_task(pid_t pid);
/* Starts the embedded program `name` as a new process (child of current). */
pid_t spawn_user(const char *name, const char *const argv[]);

/* kernel/exit.c */
void do_exit(int status) __noreturn;
/* Waits for a child (any if pid < 0); returns its pid, or -ECHILD. */
pid_t do_wait(pid_t pid, int *status);

/* arch/i386/kernel/process.c */
void copy_thread(struct task_struct *p, const struct pt_regs *regs);
void setup_kernel_thread(struct task_struct *p, int (*fn)(void *),
			 void *arg);
void switch_to(struct task_struct *prev, struct task_struct *next);
void cpu_idle(void) __noreturn;
extern unsigned long idle_halts;

static inline struct pt_regs *task_pt_regs(struct task_struct *t)
{
	return (struct pt_regs *)((char *)t->stack + THREAD_SIZE) - 1;
}

#endif /* _LINUX_SCHED_H */
