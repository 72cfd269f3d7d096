/*
 * sysenter stubs: system calls through the SEP fast path
 *
 * Called from t_sysenter (prototypes in usr/include/sysenter.h).  Both
 * stubs pass ESI = the label after sysenter and EBP = ESP, as the kernel's
 * sysexit needs them; the kernel comes back at that label with ECX and
 * EDX clobbered.  EBX, ESI, EDI and EBP are cdecl callee-saved, so they
 * are pushed first and popped last.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <asm-i386/unistd.h>
#include <sysenter.h>

/* After the four pushes: return address at 16(%esp), argument i at 16+4*i. */
#define ARG(i)	(16 + 4 * (i))(%esp)

.macro SAVE
	push %ebp
	push %ebx
	push %esi
	push %edi
.endm

.macro RESTORE
	pop %edi
	pop %esi
	pop %ebx
	pop %ebp
.endm

	.text
/* long sysenter_call(long nr, long a1, long a2, long a3) */
	.globl sysenter_call
	.type sysenter_call, @function
sysenter_call:
	SAVE
	mov ARG(1), %eax		/* call number */
	mov ARG(2), %ebx		/* argument 1 */
	mov ARG(3), %ecx		/* argument 2 */
	mov ARG(4), %edx		/* argument 3 */
	mov $1f, %esi			/* where sysexit returns to */
	mov %esp, %ebp			/* the stack sysexit restores */
	sysenter
1:	RESTORE				/* result in EAX */
	ret
	.size sysenter_call, . - sysenter_call

/* void sysenter_probe(struct sysenter_regs *r): getpid, record registers */
	.globl sysenter_probe
	.type sysenter_probe, @function
sysenter_probe:
	SAVE
	mov ARG(1), %ecx		/* r; ECX is free until sysenter */
	mov %esp, SR_ESP_IN(%ecx)
	movl $1f, SR_ESI_IN(%ecx)
	mov $__NR_getpid, %eax		/* call number */
	mov $SYSENTER_PROBE_EBX, %ebx	/* unused argument: must survive */
	mov $SYSENTER_PROBE_EDI, %edi	/* not an argument: must survive */
	mov $1f, %esi			/* where sysexit returns to */
	mov %esp, %ebp			/* the stack sysexit restores */
	sysenter
1:	pushfl				/* the flags sysexit left us */
	mov 4+ARG(1), %ecx		/* r again: ECX was clobbered */
	popl SR_EFLAGS(%ecx)
	mov %eax, SR_EAX(%ecx)
	mov %ebx, SR_EBX(%ecx)
	mov %esi, SR_ESI(%ecx)
	mov %edi, SR_EDI(%ecx)
	mov %ebp, SR_EBP(%ecx)
	mov %esp, SR_ESP(%ecx)
	RESTORE
	ret
	.size sysenter_probe, . - sysenter_probe

	.section .note.GNU-stack, "", @progbits
