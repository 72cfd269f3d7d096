/*
 * Paravirt thunks: the out-of-line half of the page-table store sites
 *
 * A set_pte, set_pmd or set_pte_at site (asm/paravirt.h) only pushes its
 * arguments and calls the op's thunk here, so that it is short enough
 * for the native patch, one store, to fill it with prefixes.  Unpatched,
 * or under a backend that does not inline the op, the thunk does the
 * rest of a call site's work: it keeps EAX, ECX and EDX, loads the
 * arguments into the kernel's convention (EAX, EDX, ECX, a fourth on
 * the stack), calls the op through its table and returns popping the
 * arguments.
 * SPDX-License-Identifier: GPL-2.0
 */
#include "asm-offsets.h"

/* After the three saves, argument i is at ARG(i)(%esp). */
#define ARG(i)	(16 + 4 * (i))

	.text
	.globl pv_thunk_set_pte, pv_thunk_set_pmd, pv_thunk_set_pte_at

/* void op(a0, a1) */
#define THUNK2(name, slot)						\
name:									\
	pushl %eax; pushl %ecx; pushl %edx;				\
	movl ARG(0)(%esp), %eax;					\
	movl ARG(1)(%esp), %edx;					\
	call *pv_mmu_ops + slot;					\
	popl %edx; popl %ecx; popl %eax;				\
	ret $8

THUNK2(pv_thunk_set_pte, PV_MMU_set_pte)
THUNK2(pv_thunk_set_pmd, PV_MMU_set_pmd)

/* void set_pte_at(mm, addr, ptep, pte): pte goes on the stack again. */
pv_thunk_set_pte_at:
	pushl %eax
	pushl %ecx
	pushl %edx
	movl ARG(0)(%esp), %eax
	movl ARG(1)(%esp), %edx
	movl ARG(2)(%esp), %ecx
	pushl ARG(3)(%esp)
	call *pv_mmu_ops + PV_MMU_set_pte_at
	addl $4, %esp
	popl %edx
	popl %ecx
	popl %eax
	ret $16
