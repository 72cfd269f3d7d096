/*
 * Ending tasks: exit and wait
 *
 * do_exit() is where every task ends, by sys_exit, by returning from a
 * kernel thread's function, or killed by a fault (traps.c).  It releases
 * the address space and files, hands its children to pid 1, becomes a
 * zombie holding its status and wakes its parent.  The parent's
 * do_wait() (sys_wait) collects the status and frees the task.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/errno.h>
#include <linux/file.h>
#include <linux/syscalls.h>
#include <asm/uaccess.h>
#include <asm/irqflags.h>
#include <asm/i387.h>


/* Orphans go to pid 1, which reaps them (or keeps them as zombies). */
static void reparent_children(struct task_struct *t)
{
	struct task_struct *reaper = find_task(1), *c, *n;

	if (!reaper || reaper == t)
		reaper = &init_task;
	list_for_each_entry_safe(c, n, &t->children, sibling) {
		list_del_init(&c->sibling);
		c->parent = reaper;
		list_add_tail(&c->sibling, &reaper->children);
	}
	if (!list_empty(&reaper->children))
		wake_up(&reaper->child_wait);
}

void do_exit(int status)
{
	struct task_struct *t = current;
	struct mm_struct *mm = t->mm;

	if (t->pid == 0)
		panic("the idle task tried to exit");
	files_close_all(t);
	fpu_drop(t);
	local_irq_disable();
	t->mm = NULL;
	if (mm)
		mm_release(mm);
	reparent_children(t);
	t->exit_code = status;
	t->state = TASK_ZOMBIE;
	wake_up(&t->parent->child_wait);
	schedule();
	panic("a zombie ran again");
}

long sys_exit(long status)
{
	do_exit((status & 0xff) << 8);
}

static struct task_struct *find_zombie(pid_t pid, bool *any)
{
	struct task_struct *c;

	*any = false;
	list_for_each_entry(c, &current->children, sibling) {
		if (pid >= 0 && c->pid != pid)
			continue;
		*any = true;
		if (c->state == TASK_ZOMBIE)
			return c;
	}
	return NULL;
}

pid_t do_wait(pid_t pid, int *status)
{
	struct task_struct *z;
	unsigned long flags;
	bool any;
	pid_t zpid;

	local_irq_save(flags);
	while (!(z = find_zombie(pid, &any)) && any)
		sleep_on(&current->child_wait);
	if (!z) {
		local_irq_restore(flags);
		return -ECHILD;
	}
	list_del_init(&z->sibling);
	list_del_init(&z->tasks);
	local_irq_restore(flags);
	*status = z->exit_code;
	zpid = z->pid;
	task_free(z);
	return zpid;
}

long sys_wait(int *ustatus)
{
	int status;
	pid_t pid = do_wait(-1, &status);

	if (pid > 0 && ustatus && copy_to_user(ustatus, &status, sizeof(status)))
		return -EFAULT;
	return pid;
}
