/*
 * The trap frame (struct pt_regs) saved on the kernel stack
 *
 * entry.S builds it on every exception, interrupt and system call: the
 * CPU pushes eip..ss (esp and ss only when coming from user mode), the
 * entry stub pushes the vector and a zero error code where the CPU pushes
 * none, then SAVE_ALL pushes the rest.  entry.S uses only the offsets
 * generated from this struct by asm-offsets.c.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _ASM_I386_PTRACE_H
#define _ASM_I386_PTRACE_H

#ifndef __ASSEMBLY__
#include <linux/types.h>
#include <asm/segment.h>
#include <asm/processor-flags.h>

struct pt_regs {
	u32 ebx, ecx, edx, esi, edi, ebp, eax;
	u32 ds, es, fs, gs;
	u32 vector;		/* trap number; the syscall number for 0x80 */
	u32 error_code;
	/* pushed by the CPU */
	u32 eip, cs, eflags;
	u32 esp, ss;		/* only on a privilege change */
};

/* A frame is from user mode only if its RPL is 3 (or vm86). */
static inline int user_mode(const struct pt_regs *r)
{
	return (r->cs & SEGMENT_RPL_MASK) == USER_RPL;
}

void show_regs(const struct pt_regs *r);
#endif

#endif /* _ASM_I386_PTRACE_H */
