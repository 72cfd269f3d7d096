/*
 * Hypervisor core: the host's own trap and interrupt entry
 *
 * The host runs with interrupts off, except while it waits in hlt for
 * its guest's next interrupt (run.c); so its IDT (hostcpu.c) only sees
 * the PIC's interrupts there, and exceptions only if the host itself is
 * broken.  One stub per vector pushes the vector (and a zero error code
 * where the CPU pushes none) and calls host_trap(frame).
 * SPDX-License-Identifier: GPL-2.0
 */
#define __ASSEMBLY__
#include "hv.h"

	.text
host_common:
	pushal
	movl	%esp, %eax
	call	host_trap
	popal
	addl	$8, %esp
	iret

	.balign	HOST_STUB_SIZE
	.globl	host_stubs
host_stubs:
	vec = 0
	.rept	48
	.balign	HOST_STUB_SIZE
	.if (vec == 8) || (vec >= 10 && vec <= 14) || (vec == 17)
	.else
	pushl	$0
	.endif
	pushl	$vec
	jmp	host_common
	vec = vec + 1
	.endr
