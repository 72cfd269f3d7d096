/*
 * Hostile guests: the lguest entry, then C
 *
 * The host finds "GenuineLguest" and starts the byte after it in ring
 * 1, on its page tables, ESP = 0: take a stack and call attack().
 * SPDX-License-Identifier: GPL-2.0
 */
	.section .entry, "ax"
	.ascii	"GenuineLguest"
	.globl	guest_start
guest_start:
	movl	$stack_top, %esp
	call	guest_main
	ud2

	.bss
	.balign	16
	.space	16384
stack_top:
