/*
 * Page fault (#PF) handling
 *
 * traps.c hands vector 14 here.  CR2 holds the faulting address.  A
 * write to a copy-on-write page (mm/memory.c) is resolved and retried; a
 * fault on a user access the kernel expected to fail (copy_from_user...)
 * resumes at its exception-table fixup; any other fault from user mode
 * kills the process; from the kernel, it is an oops.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <asm/ptrace.h>
#include <asm/system.h>
#include <asm/irqflags.h>
#include <asm/traps.h>
#include <asm/unistd.h>

#define PF_PROT		0x1	/* protection violation (else not present) */
#define PF_WRITE	0x2
#define PF_USER		0x4

unsigned long cow_faults;

void do_page_fault(struct pt_regs *regs)
{
	unsigned long addr = read_cr2();
	unsigned long err = regs->error_code;

	/* CR2 is read; now the fault may be interrupted like any code. */
	if (regs->eflags & X86_EFLAGS_IF)
		local_irq_enable();
	if ((err & (PF_PROT | PF_WRITE)) == (PF_PROT | PF_WRITE) &&
	    addr < PAGE_OFFSET && current->mm &&
	    mm_cow_fault(current->mm, addr) == 0) {
		cow_faults++;
		return;
	}
	if (user_mode(regs))
		user_fault(regs, SIGSEGV, "page fault", addr);
	if (fixup_exception(regs))
		return;
	printk(KERN_EMERG "BUG: unable to handle kernel %s at virtual address %08lx\n",
	       err & PF_PROT ? "paging request" : "NULL pointer dereference or unmapped page",
	       addr);
	die("page fault", regs);
}
