/*
 * Native paravirt backend: patch templates and the jumped-to ops
 *
 * DEF_NATIVE emits each inline template as a start_native_<op> /
 * end_native_<op> pair in .rodata; patch.c copies them into call sites.
 * DEF_NATIVE is a cpp macro: a GAS .macro call would end at the first
 * ';' of a multi-instruction template.
 * A template may change only what its site's clobber contract allows
 * (paravirt.h): the register-argument ops find their argument in EAX,
 * results go to EAX (and EDX).  The operand sites' code is assembled
 * per site by patch.c instead.  native_iret and
 * native_irq_enable_sysexit are what entry.S jumps to when its return
 * sites are not patched (nopvpatch).
 * SPDX-License-Identifier: GPL-2.0
 */
#include <asm/segment.h>
#include "asm-offsets.h"

#define DEF_NATIVE(op, ...)						\
	.globl start_native_##op, end_native_##op;			\
	start_native_##op: __VA_ARGS__;					\
	end_native_##op:

	.section .rodata, "a"
DEF_NATIVE(irq_disable, cli)
DEF_NATIVE(irq_enable, sti)
DEF_NATIVE(safe_halt, sti; hlt)
DEF_NATIVE(halt, hlt)
DEF_NATIVE(iret, iret)
DEF_NATIVE(irq_enable_sysexit, sti; sysexit)
DEF_NATIVE(read_cr0, movl %cr0, %eax)
DEF_NATIVE(write_cr0, movl %eax, %cr0)
DEF_NATIVE(read_cr2, movl %cr2, %eax)
DEF_NATIVE(read_cr3, movl %cr3, %eax)
DEF_NATIVE(write_cr3, movl %eax, %cr3)
DEF_NATIVE(read_cr4, movl %cr4, %eax)
DEF_NATIVE(write_cr4, movl %eax, %cr4)
DEF_NATIVE(clts, clts)
DEF_NATIVE(wbinvd, wbinvd)
DEF_NATIVE(read_tsc, rdtsc)
DEF_NATIVE(flush_tlb_user, movl %cr3, %eax; movl %eax, %cr3)
DEF_NATIVE(io_delay, outb %al, $0x80)
DEF_NATIVE(store_tr, strl %eax)

	.text
	.globl native_iret
native_iret:
	iret

	.globl native_irq_enable_sysexit
native_irq_enable_sysexit:
	sti
	sysexit
