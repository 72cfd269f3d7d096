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
 *     the site changes only the registers its caller said it may.
 *   PARAVIRT_INTERRUPT_RETURN, PARAVIRT_ENABLE_INTERRUPTS_SYSEXIT: jumps;
 *     never return; CLBR_ANY.  They run with the user's DS loaded,
 *     hence %cs:.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _ASM_I386_PARAVIRT_ASM_H
#define _ASM_I386_PARAVIRT_ASM_H

#include <asm/paravirt_types.h>

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
