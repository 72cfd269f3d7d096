/*
 * Thread creation, the context switch and the idle loop
 *
 * copy_thread() (fork) and setup_kernel_thread() (kernel_thread) lay out
 * a new task's kernel stack so that its first switch_to() returns into
 * ret_from_fork (entry.S), which leaves through the task's pt_regs.
 * switch_to() is called by schedule() with interrupts off: it points the
 * TSS at the next kernel stack, switches page directories, installs the
 * next task's TLS descriptors, arms lazy FPU switching, then swaps stacks.
 * cpu_idle() is what pid 0 does when nothing else can run.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/string.h>
#include <asm/ptrace.h>
#include <asm/processor.h>
#include <asm/desc.h>
#include <asm/system.h>
#include <asm/irqflags.h>

extern char ret_from_fork[], kernel_thread_helper[];
void __switch_to_asm(unsigned long *prev_esp, unsigned long next_esp);

/* What __switch_to_asm pops, lowest address first. */
struct switch_frame {
	u32 edi, esi, ebx, ebp;
	u32 ret;
};

unsigned long idle_halts;

static void prepare_switch_frame(struct task_struct *p)
{
	struct switch_frame *f = (struct switch_frame *)task_pt_regs(p) - 1;

	memset(f, 0, sizeof(*f));
	f->ret = (u32)ret_from_fork;
	p->thread.esp = (unsigned long)f;
	p->thread.esp0 = (unsigned long)p->stack + THREAD_SIZE;
}

void copy_thread(struct task_struct *p, const struct pt_regs *regs)
{
	struct pt_regs *child = task_pt_regs(p);

	*child = *regs;
	child->eax = 0;			/* fork returns 0 in the child */
	p->thread.iopl = current->thread.iopl;
	/* A sysenter frame carries no IOPL; the child returns by iret. */
	child->eflags = (child->eflags & ~X86_EFLAGS_IOPL) | p->thread.iopl;
	memcpy(p->thread.tls_array, current->thread.tls_array,
	       sizeof(p->thread.tls_array));
	prepare_switch_frame(p);
}

void setup_kernel_thread(struct task_struct *p, int (*fn)(void *), void *arg)
{
	struct pt_regs *r = task_pt_regs(p);

	memset(r, 0, sizeof(*r));
	r->ebx = (u32)fn;
	r->eax = (u32)arg;
	r->ds = r->es = __KERNEL_DS | get_kernel_rpl();
	r->cs = __KERNEL_CS | get_kernel_rpl();
	r->eip = (u32)kernel_thread_helper;
	r->eflags = X86_EFLAGS_FIXED | X86_EFLAGS_IF;
	prepare_switch_frame(p);
}

void switch_to(struct task_struct *prev, struct task_struct *next)
{
	load_esp0(&init_tss, &next->thread);
	if (next->mm && next->mm != prev->mm)
		switch_mm(prev->mm, next->mm);
	load_TLS(&next->thread, 0);
	/* IOPL is per task; sysexit returns to user mode with the live one. */
	if (prev->thread.iopl != next->thread.iopl)
		set_iopl_mask(next->thread.iopl);
	if (fpu_owner != next || !next->used_math)
		stts();
	else
		clts();
	__switch_to_asm(&prev->thread.esp, next->thread.esp);
}

/*
 * Nothing to run: halt until the next interrupt.  Interrupts are
 * disabled while testing need_resched and enabled atomically with the
 * halt (sti's shadow), so a wakeup between the test and the hlt is
 * never lost.
 */
void cpu_idle(void)
{
	for (;;) {
		local_irq_disable();
		if (need_resched) {
			schedule();
			local_irq_enable();
			continue;
		}
		idle_halts++;
		safe_halt();
	}
}
