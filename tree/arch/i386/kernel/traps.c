/*
 * Traps: exception dispatch, user-mode kills and the kernel oops
 *
 * entry.S calls handle_trap() for every vector.  System calls go to
 * syscall.c, IRQs to irq.c, page faults to arch/i386/mm/fault.c and #NM
 * to the lazy FPU (i387.c); the other exceptions end here.  A fault in
 * user mode kills only the faulting process with a signal number and a
 * one-line message.  A fault in the kernel is recovered through the
 * exception table when the instruction was meant to fault (uaccess.h);
 * otherwise it is an oops: registers, CR2, a backtrace, then panic.
 * handle_exit_work() runs on every return, with interrupts off.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/sched.h>
#include <linux/syscalls.h>
#include <asm/ptrace.h>
#include <asm/irq.h>
#include <asm/system.h>
#include <asm/irqflags.h>
#include <asm/uaccess.h>
#include <asm/traps.h>
#include <asm/setup.h>
#include <asm/i387.h>
#include <asm/unistd.h>

static const struct {
	const char *name;
	int signal;
} exceptions[32] = {
	[0] = { "divide error", SIGFPE },
	[1] = { "debug", SIGTRAP },
	[2] = { "nmi", 0 },
	[3] = { "int3", SIGTRAP },
	[4] = { "overflow", SIGSEGV },
	[5] = { "bounds", SIGSEGV },
	[6] = { "invalid opcode", SIGILL },
	[7] = { "device not available", SIGSEGV },
	[8] = { "double fault", SIGSEGV },
	[9] = { "coprocessor segment overrun", SIGFPE },
	[10] = { "invalid TSS", SIGSEGV },
	[11] = { "segment not present", SIGSEGV },
	[12] = { "stack segment", SIGSEGV },
	[13] = { "general protection", SIGSEGV },
	[14] = { "page fault", SIGSEGV },
	[16] = { "coprocessor error", SIGFPE },
	[17] = { "alignment check", SIGBUS },
	[18] = { "machine check", SIGBUS },
	[19] = { "simd exception", SIGFPE },
};

const char *trap_name(unsigned int vector)
{
	if (vector < 32 && exceptions[vector].name)
		return exceptions[vector].name;
	return "reserved exception";
}

/* The last fault recovered through the exception table (for ktest). */
struct fixup_record last_fixup;

bool fixup_exception(struct pt_regs *regs)
{
	unsigned long fixup = search_exception_table(regs->eip);

	if (!fixup)
		return false;
	last_fixup.vector = regs->vector;
	last_fixup.error_code = regs->error_code;
	last_fixup.eip = regs->eip;
	last_fixup.cr2 = regs->vector == 14 ? read_cr2() : 0;
	last_fixup.count++;
	regs->eip = fixup;
	return true;
}

/* One line, in the style of Linux's "segfault at" and "traps:" lines. */
void user_fault(struct pt_regs *regs, int signal, const char *what,
		unsigned long addr)
{
	if (regs->vector == 14)
		printk(KERN_INFO "%s[%d]: segfault at %08lx ip %08x sp %08x error %x, killed (signal %d)\n",
		       current->comm, current->pid, addr, regs->eip, regs->esp,
		       regs->error_code, signal);
	else
		printk(KERN_INFO "traps: %s[%d] %s ip:%08x sp:%08x error:%x, killed (signal %d)\n",
		       current->comm, current->pid, what, regs->eip,
		       regs->esp, regs->error_code, signal);
	local_irq_enable();
	do_exit(signal);
}

static void do_exception(struct pt_regs *regs)
{
	unsigned int v = regs->vector;

	if (v == 14) {
		do_page_fault(regs);
		return;
	}
	if (v == 7) {
		math_state_restore(regs);
		return;
	}
	if (user_mode(regs)) {
		int sig = exceptions[v].signal ? exceptions[v].signal : SIGBUS;

		user_fault(regs, sig, trap_name(v), 0);
	}
	if (fixup_exception(regs))
		return;
	die(v == 13 ? "general protection fault" : trap_name(v), regs);
}

void handle_trap(struct pt_regs *regs);
void handle_trap(struct pt_regs *regs)
{
	unsigned int v = regs->vector;

	if (v == SYSCALL_VECTOR)
		do_syscall(regs);
	else if (v >= FIRST_EXTERNAL_VECTOR &&
		 v < FIRST_EXTERNAL_VECTOR + NR_IRQS)
		do_IRQ(regs);
	else
		do_exception(regs);
}

/*
 * Work before returning from a trap, with interrupts off: reschedule when
 * the time slice is used up (user mode, or kernel code that had
 * interrupts on), and exit a process that was killed meanwhile.
 */
void handle_exit_work(struct pt_regs *regs);
void handle_exit_work(struct pt_regs *regs)
{
	for (;;) {
		if (user_mode(regs) && current->killed) {
			local_irq_enable();
			do_exit(current->killed);
		}
		if (need_resched && (user_mode(regs) ||
				     (regs->eflags & X86_EFLAGS_IF))) {
			schedule();
			continue;
		}
		break;
	}
}

/* After setup_arch(), which identified the CPU (cpu_detect()). */
void __init trap_init(void)
{
	gdt_init();
	idt_init();
	cpu_init();
}
