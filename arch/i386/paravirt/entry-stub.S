/*
 * Paravirt boot entries: the common stub, from a backend's entry to C
 *
 * A backend's PARAVIRT_BOOT_ENTRY (asm/paravirt_entry.h) jumps here with
 * EAX = its struct pv_backend and ESI = the physical address of the
 * boot parameters, paging on and the kernel at its link addresses, in
 * whatever ring the hypervisor chose.  In place of head.S, which does
 * not run: clear BSS, take the boot task's stack (init_stack) and call
 * paravirt_boot_entry(backend, boot_info) (entry.c), which does not
 * return.  Nothing here is privileged: no descriptor table, control
 * register or segment is loaded but FS and GS, as head.S clears them.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <asm/page.h>

	.section .init.text, "ax"
	.globl paravirt_boot_stub
paravirt_boot_stub:
	cld
	movl	%eax, %ebx		/* the backend, while BSS is cleared */
	movl	$__bss_start, %edi
	movl	$__bss_stop, %ecx
	subl	%edi, %ecx
	shrl	$2, %ecx
	xorl	%eax, %eax
	rep stosl
	movl	%eax, %fs
	movl	%eax, %gs
	movl	$init_stack + THREAD_SIZE, %esp
	pushl	$0			/* no return address: ends backtraces */
	xorl	%ebp, %ebp
	movl	%ebx, %eax		/* paravirt_boot_entry(backend, */
	movl	%esi, %edx		/*                     boot_info) */
	call	paravirt_boot_entry
	ud2				/* not reached */
