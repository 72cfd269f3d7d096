/*
 * Paravirtualization operations (paravirt_ops): assembler call sites
 *
 * Included by paravirt.h for .S files (entry.S), with CONFIG_PARAVIRT.
 * The hooked irqflags.h maps its interrupt-flag and return macros onto
 * the PARAVIRT_* ones here: patch sites, exactly like the C wrappers of
 * paravirt.h.  entry.S must include its asm-offsets.h, which gives the
 * ops' offsets (PV_IRQ_*, PV_CPU_*) and patch types (PARAVIRT_PATCH_*).
 *
 * Clobber contract, per use:
 *   PARAVIRT_DISABLE_INTERRUPTS(clobbers), ..._ENABLE_...: push and
 *     pop every one of EAX, ECX, EDX not in clobbers around the call, so
 *     the site changes only the registers its caller said it may; at
 *     least PV_ASM_SITE_LEN bytes long.
 *   PARAVIRT_INTERRUPT_RETURN, PARAVIRT_ENABLE_INTERRUPTS_SYSEXIT: jumps;
 *     never return; CLBR_ANY.  They run with the user's DS loaded,
 *     hence %cs:.  7 bytes, room for a direct jmp (5): no hypervisor
 *     inlines these (lguest's iret must run at the fixed addresses its
 *     Host knows, VMI's is a ROM entry), so a jump is as good.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _ASM_I386_PARAVIRT_ASM_H
#define _ASM_I386_PARAVIRT_ASM_H

#include <asm/paravirt_types.h>

/*
 * The shortest call site here: room for a hypervisor's inline template
 * as long as "movl $imm32, abs32" (lguest's irq_disable, 10 bytes).
 * Unpatched, the room is one NOP after the call; patched natively, DS
 * prefixes on the one instruction (cli, sti), which runs alone.
 */
#define PV_ASM_SITE_LEN	10

/* Records the site between labels 771 and 772 (see paravirt.h). */
.macro PV_RECORD type, clobbers
	.pushsection .parainstructions, "a"
	.long	771b
	.byte	\type, 772b - 771b
	.short	\clobbers
	.popsection
.endm

.macro PV_CALL_SITE type, clobbers, op
771:
	.if ((\clobbers) & CLBR_EAX) == 0
	pushl	%eax
	.endif
	.if ((\clobbers) & CLBR_ECX) == 0
	pushl	%ecx
	.endif
	.if ((\clobbers) & CLBR_EDX) == 0
	pushl	%edx
	.endif
	call	*%cs:\op
	.if ((\clobbers) & CLBR_EDX) == 0
	popl	%edx
	.endif
	.if ((\clobbers) & CLBR_ECX) == 0
	popl	%ecx
	.endif
	.if ((\clobbers) & CLBR_EAX) == 0
	popl	%eax
	.endif
773:
	/* Room for a hypervisor's template: one NOP instruction. */
	.if 773b - 771b < PV_ASM_SITE_LEN
	.if 773b - 771b < PV_ASM_SITE_LEN - 1
	.fill PV_ASM_SITE_LEN - 1 - (773b - 771b), 1, 0x3e
	.endif
	.byte	0x90
	.endif
772:
	PV_RECORD \type, \clobbers
.endm

.macro PV_JMP_SITE type, op
771:
	jmp	*%cs:\op
772:
	PV_RECORD \type, CLBR_ANY
.endm

#define PARAVIRT_DISABLE_INTERRUPTS(clobbers)				\
	PV_CALL_SITE PARAVIRT_PATCH_irq_disable, clobbers,		\
		     pv_irq_ops + PV_IRQ_irq_disable
#define PARAVIRT_ENABLE_INTERRUPTS(clobbers)				\
	PV_CALL_SITE PARAVIRT_PATCH_irq_enable, clobbers,		\
		     pv_irq_ops + PV_IRQ_irq_enable
#define PARAVIRT_INTERRUPT_RETURN					\
	PV_JMP_SITE PARAVIRT_PATCH_iret, pv_cpu_ops + PV_CPU_iret
#define PARAVIRT_ENABLE_INTERRUPTS_SYSEXIT				\
	PV_JMP_SITE PARAVIRT_PATCH_irq_enable_sysexit,			\
		    pv_cpu_ops + PV_CPU_irq_enable_sysexit

#endif /* _ASM_I386_PARAVIRT_ASM_H */
