/*
 * Interrupt Descriptor Table (IDT)
 *
 * trap_init() calls idt_init(): vectors 0-31 (exceptions) and 32-47 (the
 * PIC's IRQs) get interrupt gates to their entry.S stubs, vector 0x80
 * (system calls) a trap gate user mode may call.  Every stub lands in
 * handle_trap() (traps.c).  Unassigned vectors stay not-present: an
 * "int n" to them from user mode raises #GP and kills the process.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <asm/desc.h>
#include <asm/irq.h>
#include <asm/traps.h>

struct desc_struct idt_table[256] __aligned(8);

/* entry.S: one stub per vector 0..47, in order, each IRQ_STUB_SIZE long. */
extern const char entry_vectors[];
extern const char entry_int80[];

void set_intr_gate(int n, unsigned long addr, int dpl)
{
	struct desc_struct g = make_gate(addr, __KERNEL_CS | get_kernel_rpl(),
					 GATE_INTERRUPT | DESC_DPL(dpl));

	write_idt_entry(idt_table, n, g.a, g.b);
}

static void set_trap_gate(int n, unsigned long addr, int dpl)
{
	struct desc_struct g = make_gate(addr, __KERNEL_CS | get_kernel_rpl(),
					 GATE_TRAP | DESC_DPL(dpl));

	write_idt_entry(idt_table, n, g.a, g.b);
}

void __init idt_init(void)
{
	struct Xgt_desc_struct idt = { sizeof(idt_table) - 1, (u32)idt_table };
	int v;

	for (v = 0; v < FIRST_EXTERNAL_VECTOR + NR_IRQS; v++)
		set_intr_gate(v, (unsigned long)entry_vectors +
			      v * ENTRY_STUB_SIZE, 0);
	/* Breakpoint and overflow may be raised by user code (int3, into). */
	set_intr_gate(3, (unsigned long)entry_vectors + 3 * ENTRY_STUB_SIZE, 3);
	set_intr_gate(4, (unsigned long)entry_vectors + 4 * ENTRY_STUB_SIZE, 3);
	set_trap_gate(SYSCALL_VECTOR, (unsigned long)entry_int80, 3);
	load_idt(&idt);
}
