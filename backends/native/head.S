/*
 * Native paravirt backend: patch templates and the jumped-to ops
 *
 * DEF_NATIVE emits each inline template as a start_native_<op> /
 * end_native_<op> pair in .rodata; patch.c copies them into call sites.
 * DEF_NATIVE is a cpp macro: a GAS .macro call would end at the first
 * ';' of a multi-instruction template.
 * A template may change only what its site's clobber contract allows
 * (paravirt.h): the register-argument ops find their argument in EAX
 * (and EDX), results go to EAX (and EDX).  native_iret and
 * native_irq_enable_sysexit are what entry.S jumps to when its return
 * sites are not patched (nopvpatch).
 * SPDX-License-Identifier: GPL-2.0
 */
#include <asm/segment.h>
#include "asm-offsets.h"

#define TLS_GDT(n)	gdt_table + (GDT_ENTRY_TLS_MIN + (n)) * 8

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
DEF_NATIVE(flush_tlb_single, invlpg (%eax))
DEF_NATIVE(set_pte, movl %edx, (%eax))
DEF_NATIVE(set_pmd, movl %edx, (%eax))
DEF_NATIVE(set_pte_at, movl %edx, (%eax))
DEF_NATIVE(load_esp0, movl THREAD_esp0(%edx), %edx; movl %edx, TSS_esp0(%eax))
DEF_NATIVE(io_delay, outb %al, $0x80)
DEF_NATIVE(store_tr, strl %eax)
DEF_NATIVE(load_tls,
	movl 0(%eax), %ecx; movl 4(%eax), %edx;
	movl %ecx, TLS_GDT(0); movl %edx, TLS_GDT(0) + 4;
	movl 8(%eax), %ecx; movl 12(%eax), %edx;
	movl %ecx, TLS_GDT(1); movl %edx, TLS_GDT(1) + 4;
	movl 16(%eax), %ecx; movl 20(%eax), %edx;
	movl %ecx, TLS_GDT(2); movl %edx, TLS_GDT(2) + 4)

	.text
	.globl native_iret
native_iret:
	iret

	.globl native_irq_enable_sysexit
native_irq_enable_sysexit:
	sti
	sysexit
