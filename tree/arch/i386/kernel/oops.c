/*
 * Kernel oops: what the kernel prints when it faults, then panic
 *
 * traps.c and arch/i386/mm/fault.c call die() for a fault in kernel mode
 * that no exception-table entry covers.  It prints the trap, the
 * registers, the control registers (CR2 is the faulting address of a page
 * fault), the current task and a backtrace by frame pointers (the kernel
 * is built with -fno-omit-frame-pointer), then panics.  Resolve the
 * backtrace's addresses with addr2line -e build/obj/.../vmlinux.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <asm/ptrace.h>
#include <asm/system.h>
#include <asm/traps.h>
#include <asm/irqflags.h>

#define MAX_TRACE	16

extern char _text[], _etext[];

static bool kernel_text(unsigned long a)
{
	return a >= (unsigned long)_text && a < (unsigned long)_etext;
}

/* Walks saved EBP links, staying inside the current kernel stack. */
static void show_trace(unsigned long ebp)
{
	unsigned long lo = (unsigned long)current->stack;
	unsigned long hi = lo + THREAD_SIZE;
	int n;

	printk(KERN_EMERG "Call Trace:\n");
	for (n = 0; n < MAX_TRACE; n++) {
		unsigned long ret;

		if (ebp < lo || ebp + 8 > hi || (ebp & 3))
			break;
		ret = ((unsigned long *)ebp)[1];
		if (!kernel_text(ret))
			break;
		printk(KERN_EMERG " [<%08lx>]\n", ret);
		ebp = ((unsigned long *)ebp)[0];
	}
}

void show_regs(const struct pt_regs *r)
{
	printk(KERN_EMERG "EIP:    %04x:[<%08x>] EFLAGS: %08x\n",
	       r->cs & 0xffff, r->eip, r->eflags);
	printk(KERN_EMERG "eax: %08x   ebx: %08x   ecx: %08x   edx: %08x\n",
	       r->eax, r->ebx, r->ecx, r->edx);
	printk(KERN_EMERG "esi: %08x   edi: %08x   ebp: %08x   esp: %08lx\n",
	       r->esi, r->edi, r->ebp,
	       user_mode(r) ? r->esp : (unsigned long)&r->esp);
	printk(KERN_EMERG "ds: %04x   es: %04x   fs: %04x   gs: %04x\n",
	       r->ds & 0xffff, r->es & 0xffff, r->fs & 0xffff,
	       r->gs & 0xffff);
	printk(KERN_EMERG "CR0: %08lx CR2: %08lx CR3: %08lx CR4: %08lx\n",
	       read_cr0(), read_cr2(), read_cr3(), read_cr4());
}

void die(const char *msg, struct pt_regs *regs)
{
	static int die_counter;

	local_irq_disable();
	printk(KERN_EMERG "Oops: %s: %04x [#%d]\n", msg,
	       regs->error_code & 0xffff, ++die_counter);
	show_regs(regs);
	printk(KERN_EMERG "Process %s (pid: %d, stack: %p)\n", current->comm,
	       current->pid, current->stack);
	printk(KERN_EMERG "Code at EIP: [<%08x>]\n", regs->eip);
	show_trace(regs->ebp);
	panic("Fatal exception");
}
