/*
 * Creating tasks: kernel threads, fork, and spawning user programs
 *
 * task_alloc() gives a new task a pid, a kernel stack and its list
 * links.  kernel_thread() starts a function in kernel mode;
 * do_fork() (sys_fork) copies the caller: its address space
 * copy-on-write (mm/memory.c), its open files, FPU state and TLS, and
 * its trap frame so the child returns from the same system call with 0.
 * spawn_user() starts an embedded program as a new child process; the
 * self-test runner uses it to start init.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/file.h>
#include <linux/exec.h>
#include <asm/ptrace.h>
#include <asm/irqflags.h>
#include <asm/i387.h>

static pid_t last_pid;

struct task_struct *task_alloc(const char *name)
{
	struct task_struct *t = kzalloc(sizeof(*t));

	if (!t)
		return NULL;
	t->stack = alloc_pages(1);
	BUILD_BUG_ON(THREAD_SIZE != 2 * PAGE_SIZE);
	if (!t->stack) {
		kfree(t);
		return NULL;
	}
	strlcpy(t->comm, name, sizeof(t->comm));
	INIT_LIST_HEAD(&t->run_list);
	INIT_LIST_HEAD(&t->children);
	INIT_LIST_HEAD(&t->sibling);
	init_waitqueue(&t->child_wait);
	t->state = TASK_SLEEPING;	/* not runnable until started */
	return t;
}

/* Gives t a pid, links it under current and makes it runnable. */
static pid_t task_start(struct task_struct *t)
{
	unsigned long flags;

	local_irq_save(flags);
	t->pid = ++last_pid;
	t->parent = current;
	list_add_tail(&t->sibling, &current->children);
	list_add_tail(&t->tasks, &task_list);
	local_irq_restore(flags);
	wake_up_process(t);
	return t->pid;
}

void task_free(struct task_struct *t)
{
	free_pages(t->stack, 1);
	kfree(t);
}

pid_t kernel_thread(int (*fn)(void *), void *arg, const char *name)
{
	struct task_struct *t = task_alloc(name);

	if (!t)
		return -ENOMEM;
	setup_kernel_thread(t, fn, arg);
	return task_start(t);
}

pid_t do_fork(struct pt_regs *regs)
{
	struct task_struct *t = task_alloc(current->comm);

	if (!t)
		return -ENOMEM;
	t->mm = mm_copy(current->mm);
	if (!t->mm) {
		task_free(t);
		return -ENOMEM;
	}
	files_copy(t, current);
	fpu_copy(t, current);
	copy_thread(t, regs);
	return task_start(t);
}

long sys_fork(struct pt_regs *regs);
long sys_fork(struct pt_regs *regs)
{
	return do_fork(regs);
}

pid_t spawn_user(const char *name, const char *const argv[])
{
	struct task_struct *t = task_alloc(name);
	int err;

	if (!t)
		return -ENOMEM;
	t->mm = mm_alloc();
	err = t->mm ? exec_into(t->mm, name, argv, task_pt_regs(t)) :
		      -ENOMEM;
	if (err) {
		if (t->mm)
			mm_release(t->mm);
		task_free(t);
		return err;
	}
	files_init_console(t);
	copy_thread(t, task_pt_regs(t));
	return task_start(t);
}

struct task_struct *find_task(pid_t pid)
{
	struct task_struct *t;

	list_for_each_entry(t, &task_list, tasks)
		if (t->pid == pid)
			return t;
	return NULL;
}
