/*
 * Real call sites for the patcher's host tests (tests/unit/patchsite_test.c)
 *
 * One small function per site shape, each holding sites built by the
 * wrappers of asm/paravirt.h and the entry.S macros of asm/paravirt_asm.h,
 * compiled by gcc as the kernel's are (frame pointers: memory operands
 * off EBP or absolute), so the bytes are what the compiler and assembler
 * emit, not hand-made copies.  The Makefile renames this object's
 * .parainstructions to pv_test_sites, whose __start_/__stop_ symbols the
 * test walks; nothing here is ever run.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/types.h>
#include <asm/paravirt.h>
#include "patch_sites.h"

/* The .macro's of paravirt_asm.h, preprocessed by the Makefile. */
__asm__(".include \"paravirt_asm.s\"");

unsigned long pvt_flags_slot;		/* a flags word in memory */

/* The values the sites take, from somewhere gcc cannot see through. */
volatile unsigned long pvt_in;

#define IN()	(pvt_in)

/* Register-call sites: no argument, 1, 2, 3, 4; u32 and u64 results. */
void pvt_regs0(void)
{
	paravirt_irq_disable();
}

void pvt_regs1(void)
{
	paravirt_write_cr3(IN());
}

void pvt_regs2(void)
{
	paravirt_set_debugreg(IN(), IN());
}

unsigned long pvt_regs3_result(void)
{
	return paravirt_write_msr(IN(), IN(), IN());
}

unsigned long pvt_result(void)
{
	return paravirt_read_cr0();
}

u64 pvt_result64(void)
{
	return paravirt_read_pmc(IN());
}

void pvt_regs4(void)
{
	paravirt_write_gdt_entry((struct desc_struct *)IN(), IN(), IN(),
				 IN());
}

void pvt_scratch(void)
{
	paravirt_flush_tlb_user();
}

/* Operand sites: 1 to 3 arguments from registers, constants, memory. */
void pvt_operand_reg(void)
{
	paravirt_restore_fl(pvt_keep(IN()));
}

void pvt_operand_mem(void)
{
	paravirt_restore_fl(pvt_flags_slot);
}

void pvt_operand_imm(void)
{
	paravirt_alloc_pt(0x1234);
}

void pvt_operand2(void)
{
	paravirt_load_esp0((struct tss_struct *)IN(),
			   (struct thread_struct *)IN());
}

void pvt_operand3(struct mm_struct *mm, unsigned long addr)
{
	pte_t pte;

	pte.pte_low = IN();
	paravirt_pte_update(mm, addr, &pte);
	pvt_in = pte.pte_low;
}

/* save_fl: the result in EAX, in another register, in memory. */
unsigned long pvt_save_eax(void)
{
	return paravirt_save_fl();
}

unsigned long pvt_save_reg(void)
{
	unsigned long f = paravirt_save_fl();

	pvt_calls();
	return f;
}

/* With every register holding a live value, gcc gives "=rm" memory. */
void pvt_save_mem(void)
{
	unsigned long a = IN(), b = IN(), c = IN(), d = IN(), e = IN();
	unsigned long g = IN(), f = paravirt_save_fl();

	pvt_in = a;
	pvt_in = b;
	pvt_in = c;
	pvt_in = d;
	pvt_in = e;
	pvt_in = g;
	pvt_in = f;
}

/* Thunk sites, two and four arguments. */
void pvt_thunk2(void)
{
	paravirt_set_pte((pte_t *)IN(), __pte(IN()));
}

void pvt_thunk4(struct mm_struct *mm)
{
	paravirt_set_pte_at(mm, 0x08048000, (pte_t *)IN(), __pte(IN()));
}

/* load_tls: an operand site with room for the native copy. */
void pvt_load_tls(void)
{
	paravirt_load_tls((const struct thread_struct *)IN(), 0);
}

/* entry.S: the irq call sites with every clobber mask used, the jumps. */
#define ASM_CALL_SITE(op, clobbers)					\
	__asm__ __volatile__("PV_CALL_SITE %c0, %c1, %c2"		\
			     : : "i" (PARAVIRT_PATCH(op)), "i" (clobbers), \
			       "i" (&(op)))
#define ASM_JMP_SITE(op)						\
	__asm__ __volatile__("PV_JMP_SITE %c0, %c1"			\
			     : : "i" (PARAVIRT_PATCH(op)), "i" (&(op)))

void pvt_asm_any(void)
{
	ASM_CALL_SITE(pv_irq_ops.irq_disable, CLBR_ANY);
}

void pvt_asm_eax(void)
{
	ASM_CALL_SITE(pv_irq_ops.irq_enable, CLBR_EAX);
}

void pvt_asm_none(void)
{
	ASM_CALL_SITE(pv_irq_ops.irq_disable, CLBR_NONE);
}

void pvt_asm_iret(void)
{
	ASM_JMP_SITE(pv_cpu_ops.iret);
}

void pvt_asm_sysexit(void)
{
	ASM_JMP_SITE(pv_cpu_ops.irq_enable_sysexit);
}
