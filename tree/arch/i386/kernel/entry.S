/*
 * Kernel entry and exit: exceptions, interrupts, system calls, switches
 *
 * Every way into the kernel from a trap builds a struct pt_regs
 * (asm/ptrace.h) on the kernel stack and calls handle_trap() (traps.c);
 * every way out goes through handle_exit_work() (traps.c: reschedule,
 * kill) with interrupts off, then restores the frame and returns with
 * iret, or with sysexit for a system call that came in by sysenter.
 * The frame offsets come from asm-offsets.h.
 *
 * Clobber contract of the macros from asm/irqflags.h used here:
 *   DISABLE_INTERRUPTS, ENABLE_INTERRUPTS: clobber nothing.
 *   INTERRUPT_RETURN: the iret; never returns.
 *   ENABLE_INTERRUPTS_SYSEXIT: sti;sysexit, EDX = user EIP, ECX = user
 *   ESP; never returns.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <asm/segment.h>
#include <asm/irqflags.h>
#include <asm/irq.h>
#include <asm/processor-flags.h>
#include "asm-offsets.h"

/* Completes a pt_regs below the vector and error code already pushed. */
.macro SAVE_ALL
	cld
	pushl	%gs
	pushl	%fs
	pushl	%es
	pushl	%ds
	pushl	%eax
	pushl	%ebp
	pushl	%edi
	pushl	%esi
	pushl	%edx
	pushl	%ecx
	pushl	%ebx
	movl	$__KERNEL_DS, %edx
	movl	%edx, %ds
	movl	%edx, %es
.endm

/*
 * Pops a pt_regs up to (not including) the CPU's part.  A segment
 * register whose saved selector is no longer valid (a TLS entry cleared
 * meanwhile) faults; the fixup zeroes the saved value and retries.
 */
.macro RESTORE_REGS
	popl	%ebx
	popl	%ecx
	popl	%edx
	popl	%esi
	popl	%edi
	popl	%ebp
	popl	%eax
1:	popl	%ds
2:	popl	%es
3:	popl	%fs
4:	popl	%gs
	addl	$8, %esp		/* vector and error code */
	.section .fixup, "ax"
5:	movl	$0, (%esp)
	jmp	1b
6:	movl	$0, (%esp)
	jmp	2b
7:	movl	$0, (%esp)
	jmp	3b
8:	movl	$0, (%esp)
	jmp	4b
	.previous
	.section __ex_table, "a"
	.balign 4
	.long	1b, 5b
	.long	2b, 6b
	.long	3b, 7b
	.long	4b, 8b
	.previous
.endm

	.text

/* The common path for every vector. */
common_trap:
	SAVE_ALL
	movl	%esp, %eax
	call	handle_trap
	.globl ret_from_trap
ret_from_trap:
	DISABLE_INTERRUPTS
	movl	%esp, %eax
	call	handle_exit_work
	RESTORE_REGS
	INTERRUPT_RETURN

/*
 * One stub per vector 0..47, ENTRY_STUB_SIZE bytes each, so idt.c can
 * compute their addresses.  Where the CPU pushes no error code (all but
 * 8, 10-14 and 17) the stub pushes a zero to keep the frame uniform.
 */
.macro VECTOR_STUB vec
	.balign ENTRY_STUB_SIZE
.if (\vec == 8) || (\vec >= 10 && \vec <= 14) || (\vec == 17)
	pushl	$\vec
.else
	pushl	$0
	pushl	$\vec
.endif
	jmp	common_trap
.endm

	.balign ENTRY_STUB_SIZE
	.globl entry_vectors
entry_vectors:
	.irp v, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23, \
		24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43, \
		44,45,46,47
	VECTOR_STUB \v
	.endr

/* int $0x80: EAX = number, EBX/ECX/EDX = arguments (asm/unistd.h). */
	.globl entry_int80
entry_int80:
	pushl	$0
	pushl	$SYSCALL_VECTOR
	jmp	common_trap

/*
 * sysenter: the CPU loads CS/SS from MSR_IA32_SYSENTER_CS, EIP from
 * SYSENTER_EIP (here) and ESP from SYSENTER_ESP, which syscall.c points
 * at the TSS; the TSS's esp0 is the task's kernel stack.  IF is clear.
 * User ESI = return address, EBP = user stack.  We build the same frame
 * an int $0x80 would have and leave with sysexit.
 */
	.globl entry_sysenter
entry_sysenter:
	movl	TSS_esp0(%esp), %esp
	pushl	$__USER_DS		/* ss */
	pushl	%ebp			/* esp */
	/*
	 * eflags: the caller ran with IF set.  Its IOPL is the task's
	 * (thread.iopl), which sysexit keeps live; copy_thread() puts it into
	 * a child's frame.  No pushfl: that would read IF here.
	 */
	pushl	$(X86_EFLAGS_IF | X86_EFLAGS_FIXED)
	pushl	$__USER_CS		/* cs */
	pushl	%esi			/* eip */
	pushl	$0
	pushl	$SYSCALL_VECTOR
	SAVE_ALL
	movl	%esp, %eax
	call	handle_trap
	DISABLE_INTERRUPTS
	movl	%esp, %eax
	call	handle_exit_work
	/* sysexit takes the user EIP in EDX and ESP in ECX. */
	movl	PT_EIP(%esp), %edx
	movl	%edx, PT_EDX(%esp)
	movl	PT_OLDESP(%esp), %ecx
	movl	%ecx, PT_ECX(%esp)
	RESTORE_REGS
	ENABLE_INTERRUPTS_SYSEXIT

/*
 * __switch_to_asm(EAX = &prev->thread.esp, EDX = next->thread.esp):
 * saves the callee-saved registers on the old stack, switches stacks,
 * restores them from the new one.  Interrupts are off (schedule()), and
 * switch_to() has set IOPL for the next task already.
 */
	.globl __switch_to_asm
__switch_to_asm:
	pushl	%ebp
	pushl	%ebx
	pushl	%esi
	pushl	%edi
	movl	%esp, (%eax)
	movl	%edx, %esp
	popl	%edi
	popl	%esi
	popl	%ebx
	popl	%ebp
	ret

/* A new task's first switch returns here (process.c builds the frame). */
	.globl ret_from_fork
ret_from_fork:
	call	schedule_tail
	jmp	ret_from_trap

/*
 * A kernel thread starts here, from its pt_regs: EBX = fn, EAX = arg.
 * The iret left ESP inside the pt_regs area; move below it, so that
 * kernel_execve() can build a user frame there while we still run.
 */
	.globl kernel_thread_helper
kernel_thread_helper:
	leal	-PT_OLDESP(%esp), %esp
	call	*%ebx
	call	do_exit			/* with fn's return value */

/* ret_to_user(EAX = regs): leave for user mode through regs (exec). */
	.globl ret_to_user
ret_to_user:
	movl	%eax, %esp
	jmp	ret_from_trap
