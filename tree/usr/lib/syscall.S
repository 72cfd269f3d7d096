/*
 * System call stubs: int $0x80 wrappers for every call in unistd.h
 *
 * Called from C (cdecl: arguments on the stack, EAX/ECX/EDX caller-saved)
 * through the prototypes in usr/include/syscall.h.  Each stub loads up to
 * three arguments into EBX, ECX, EDX, the number into EAX, traps, and
 * returns the kernel's EAX unchanged.  EBX is callee-saved in cdecl, so
 * each stub saves it; the kernel preserves everything but EAX.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <asm-i386/unistd.h>

/* After "push %ebx": return address at 4(%esp), argument i at 4+4*i. */
.macro SYSCALL name, nr, nargs
	.globl \name
	.type \name, @function
\name:
	push %ebx
	.if \nargs >= 1
	mov 8(%esp), %ebx		/* argument 1 */
	.endif
	.if \nargs >= 2
	mov 12(%esp), %ecx		/* argument 2 */
	.endif
	.if \nargs >= 3
	mov 16(%esp), %edx		/* argument 3 */
	.endif
	mov $\nr, %eax			/* call number */
	int $0x80			/* result in EAX */
	pop %ebx
	ret
	.size \name, . - \name
.endm

	.text
SYSCALL fork,		__NR_fork,		0
SYSCALL wait,		__NR_wait,		1
SYSCALL exec,		__NR_exec,		2
SYSCALL getpid,		__NR_getpid,		0
SYSCALL getppid,	__NR_getppid,		0
SYSCALL write,		__NR_write,		3
SYSCALL read,		__NR_read,		3
SYSCALL pipe,		__NR_pipe,		1
SYSCALL close,		__NR_close,		1
SYSCALL dup,		__NR_dup,		1
SYSCALL yield,		__NR_yield,		0
SYSCALL sleep,		__NR_sleep,		1
SYSCALL uptime,		__NR_uptime,		0
SYSCALL brk,		__NR_brk,		1
SYSCALL mmap,		__NR_mmap,		2
SYSCALL munmap,		__NR_munmap,		2
SYSCALL mprotect,	__NR_mprotect,		3
SYSCALL iopl,		__NR_iopl,		1
SYSCALL set_thread_area, __NR_set_thread_area,	1
SYSCALL poweroff,	__NR_poweroff,		1
SYSCALL sysinfo,	__NR_sysinfo,		1

/* exit() must not return: if the kernel ever comes back, fault loudly. */
	.globl exit
	.type exit, @function
exit:
	mov 4(%esp), %ebx		/* status */
	mov $__NR_exit, %eax
	int $0x80
	ud2
	.size exit, . - exit

/* long syscall3(long nr, long a1, long a2, long a3) */
	.globl syscall3
	.type syscall3, @function
syscall3:
	push %ebx
	mov 8(%esp), %eax		/* call number */
	mov 12(%esp), %ebx		/* argument 1 */
	mov 16(%esp), %ecx		/* argument 2 */
	mov 20(%esp), %edx		/* argument 3 */
	int $0x80
	pop %ebx
	ret
	.size syscall3, . - syscall3

	.section .note.GNU-stack, "", @progbits
