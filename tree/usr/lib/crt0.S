/*
 * User program entry (_start): from the kernel's exec to main()
 *
 * exec() (kernel/exec.c) enters here at CPL 3 with ESP pointing at argc,
 * followed by argv[0..argc-1], a NULL pointer, and the strings above
 * them.  We call main(argc, argv) and pass its return value to exit();
 * user.lds names _start as the ELF entry point.
 * SPDX-License-Identifier: GPL-2.0
 */
	.text
	.globl _start
	.type _start, @function
_start:
	xor %ebp, %ebp			/* end of the frame chain */
	mov (%esp), %eax		/* argc */
	lea 4(%esp), %ecx		/* argv */
	push %ecx
	push %eax
	call main
	push %eax			/* main's return value */
	call exit			/* does not return */
	ud2
	.size _start, . - _start

	.section .note.GNU-stack, "", @progbits
