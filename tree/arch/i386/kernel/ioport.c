/*
 * I/O privilege level (IOPL) for user processes: sys_iopl
 *
 * The TSS has no I/O permission bitmap, so user port access is decided
 * by EFLAGS.IOPL alone.  sys_iopl() sets the level in the caller's saved
 * EFLAGS (an iret to user mode loads it) and, through set_iopl_mask(), in
 * the live EFLAGS, which __switch_to_asm saves and restores per task;
 * sysexit does not reload EFLAGS, so a sysenter caller gets the live one.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/syscalls.h>
#include <linux/errno.h>
#include <asm/ptrace.h>
#include <asm/processor.h>

long sys_iopl(unsigned long level, struct pt_regs *regs)
{
	unsigned long iopl = level << 12;

	if (level > 3)
		return -EINVAL;
	regs->eflags = (regs->eflags & ~X86_EFLAGS_IOPL) | iopl;
	current->thread.iopl = iopl;
	set_iopl_mask(iopl);
	return 0;
}
