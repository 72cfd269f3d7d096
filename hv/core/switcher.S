/*
 * Hypervisor core: the switcher, between the host and its guest
 *
 * The only host code the guest's address space maps (read-only): the
 * CPU runs it on each way across, with the host's or the guest's page
 * tables.  switch_to_guest(shadow cr3) saves the host's registers,
 * loads the guest's GDT, TSS and IDT from the state page, switches to
 * the shadow page directory and pops the guest's registers from the
 * regs page.  Every trap or interrupt of the guest that the CPU does
 * not deliver straight to it enters here through the guest IDT's gates
 * (ring 0, HV_CS): the stub of its vector pushes the vector (and a zero
 * error code where the CPU pushes none), the common exit pushes the
 * rest of struct guest_regs onto the regs page (TSS.esp0 points at its
 * end), puts the host's tables back and returns from switch_to_guest.
 * SPDX-License-Identifier: GPL-2.0
 */
#define __ASSEMBLY__
#include "hv.h"
#include "offsets.h"

	.section .switcher, "ax"

/* void switch_to_guest(u32 shadow_cr3): EAX = the directory to run on. */
	.globl	switch_to_guest
switch_to_guest:
	pushl	%ebx
	pushl	%esi
	pushl	%edi
	pushl	%ebp
	movl	%esp, hv_host_esp
	/* ltr needs an available TSS: clear the busy bit it set last time. */
	andb	$0xfd, hv_state + ST_GDT + GUEST_TSS_SEL_ + 5
	lgdt	hv_state + ST_GDT_PTR + DT_PTR_LIMIT
	movl	$GUEST_TSS_SEL_, %edx
	ltr	%dx
	lidt	hv_state + ST_IDT_PTR + DT_PTR_LIMIT
	movl	%eax, %cr3
	movl	$hv_regs_page + 4096 - REGS_SIZE, %esp
	popl	%ebx
	popl	%ecx
	popl	%edx
	popl	%esi
	popl	%edi
	popl	%ebp
	popl	%eax
	popl	%gs
	popl	%fs
	popl	%es
	popl	%ds
	addl	$8, %esp			/* vector, error code */
	iret

exit_common:
	pushl	%ds
	pushl	%es
	pushl	%fs
	pushl	%gs
	pushl	%eax
	pushl	%ebp
	pushl	%edi
	pushl	%esi
	pushl	%edx
	pushl	%ecx
	pushl	%ebx
	movl	$HV_DS, %eax
	movl	%eax, %ds
	movl	%eax, %es
	movl	hv_state + ST_HOST_CR3, %eax
	movl	%eax, %cr3
	lgdt	hv_host_gdt_ptr + DT_PTR_LIMIT
	lidt	hv_host_idt_ptr + DT_PTR_LIMIT
	xorl	%eax, %eax
	movl	%eax, %fs
	movl	%eax, %gs
	movl	hv_host_esp, %esp
	popl	%ebp
	popl	%edi
	popl	%esi
	popl	%ebx
	ret

/*
 * One stub per vector, SWITCHER_STUB_SIZE bytes apart, so the IDT's
 * gates are computed (desc.c).  The CPU pushes an error code for 8,
 * 10-14 and 17; the other stubs push a zero to keep the frame the same.
 */

	.balign	SWITCHER_STUB_SIZE
	.globl	switcher_stubs
switcher_stubs:
	vec = 0
	.rept	256
	.balign	SWITCHER_STUB_SIZE
	.if (vec == 8) || (vec >= 10 && vec <= 14) || (vec == 17)
	.else
	pushl	$0
	.endif
	pushl	$vec
	jmp	exit_common
	vec = vec + 1
	.endr
