/*
 * Hostile guests: trap stubs, and the way to user mode
 *
 * Each stub pushes its vector (and a zero error code where the CPU
 * pushes none) and calls trap(frame) in ring 1; trap() returns the EIP
 * to resume at, or powers off.  to_user(eip, esp) irets to ring 3.
 * SPDX-License-Identifier: GPL-2.0
 */
	.text
trap_common:
	pushal
	movl	%esp, %eax
	call	trap
	movl	%eax, 40(%esp)		/* resume EIP: past pushal, vec, err */
	popal
	addl	$8, %esp
	iret

	.balign	16
	.globl	trap_stubs
trap_stubs:
	vec = 0
	.rept	72
	.balign	16
	.if (vec == 8) || (vec >= 10 && vec <= 14) || (vec == 17)
	.else
	pushl	$0
	.endif
	pushl	$vec
	jmp	trap_common
	vec = vec + 1
	.endr

/* to_user(EAX = eip, EDX = esp): ring 3 with the user segments. */
	.globl	to_user
to_user:
	movl	$0x7b, %ecx
	movl	%ecx, %ds
	movl	%ecx, %es
	pushl	%ecx			/* ss */
	pushl	%edx			/* esp */
	pushl	$0x202			/* eflags */
	pushl	$0x73			/* cs */
	pushl	%eax			/* eip */
	iret
