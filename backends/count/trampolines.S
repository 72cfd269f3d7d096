/*
 * The counting paravirt backend: one trampoline per op
 *
 * count.c points every op of the live tables at trampoline i, i being
 * the op's type (its index in struct paravirt_patch_template), and the
 * patcher makes each call site call or jump to it directly.  The
 * trampoline adds one to count_calls[i] and jumps to op i of
 * count_native, the native tables as they were: no register and no
 * stack slot changes, so every calling convention holds, the jumped-to
 * iret and sysexit included.  Only EFLAGS' arithmetic flags change,
 * which no op's contract keeps.  The %ss overrides: iret and sysexit
 * come here with the user's DS loaded.
 * SPDX-License-Identifier: GPL-2.0
 */
#include "count.h"

	.text
	.balign COUNT_TRAMPOLINE_SIZE
	.globl count_trampolines
count_trampolines:
	.set op, 0
	.rept COUNT_MAX_OPS
	.balign COUNT_TRAMPOLINE_SIZE
	incl	%ss:count_calls + 4 * op
	jmp	*%ss:count_native + 4 * op
	.set op, op + 1
	.endr

