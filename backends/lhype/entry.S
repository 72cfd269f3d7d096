/*
 * The lhype guest backend: its boot entry, the interrupt flag and iret
 *
 * The host (hv/lhype) finds "GenuineLguest" in the image and starts the
 * kernel at the byte after it, in ring 1 with paging on (CS 0x61,
 * DS/SS 0x69, ESI = 0: the boot parameters at guest-physical 0), so
 * head.S never runs: the core's stub (arch/i386/paravirt/entry-stub.S)
 * clears BSS, takes the boot stack and calls lhype_init (lhype.c).
 *
 * The virtual interrupt flag is lguest_data.irq_enabled, 0 or 0x200,
 * which the host reads before it delivers an interrupt.  Disabling and
 * reading it are one store and one load, inlined in every site from
 * the templates below (patch.c).  Enabling is a store too, plus the
 * pv386 prompt path: while an interrupt waits for us the host keeps
 * lhype_irq_pending set, and then we make a hypercall at once so that
 * it is delivered now instead of at our next exit (2.6.23 waited).
 * The common path makes no hypercall.  lhype_irq_enable keeps every
 * register (its sites call it as changing none).
 * SPDX-License-Identifier: GPL-2.0
 */
#include <asm/paravirt_entry.h>
#include <asm/processor-flags.h>

#define LGUEST_TRAP		0x1f	/* linux/lguest.h LGUEST_TRAP_ENTRY */
#define LHCALL_FLUSH_ASYNC	0	/* checked in lhype.c */

PARAVIRT_BOOT_ENTRY("GenuineLguest", lhype_backend)

/* The inline templates, copied into the sites by patch.c. */
	.section .rodata, "a"
	.globl start_lhype_irq_disable, end_lhype_irq_disable
start_lhype_irq_disable:
	movl	$0, lguest_data			/* c7 05 abs32 imm32 */
end_lhype_irq_disable:
	.globl start_lhype_save_fl, end_lhype_save_fl
start_lhype_save_fl:
	movl	lguest_data, %eax		/* a1 abs32 */
end_lhype_save_fl:

/* The same, called from sites that are not patched (nopvpatch). */
	.text
	.globl lhype_irq_disable
lhype_irq_disable:
	movl	$0, lguest_data
	ret

	.globl lhype_save_fl
lhype_save_fl:
	movl	lguest_data, %eax
	ret

/* The prompt path: a hypercall lets the host deliver what waits. */
deliver_pending:
	pushl	%eax
	movl	$LHCALL_FLUSH_ASYNC, %eax
	int	$LGUEST_TRAP
	popl	%eax
	ret

	.globl lhype_irq_enable
lhype_irq_enable:
	movl	$X86_EFLAGS_IF, lguest_data
	cmpl	$0, lhype_irq_pending
	jne	deliver_pending
	ret

/* EAX = flags: only their IF counts. */
	.globl lhype_restore_fl
lhype_restore_fl:
	andl	$X86_EFLAGS_IF, %eax
	movl	%eax, lguest_data
	jz	1f
	cmpl	$0, lhype_irq_pending
	jne	deliver_pending
1:	ret

/*
 * The return to an interrupted context (jumped to from entry.S, the
 * frame's EIP, CS, EFLAGS on the stack, perhaps the user's DS loaded):
 * the frame's IF becomes irq_enabled, then iret, which in ring 1 cannot
 * change the real IF.  Between the store and the iret an interrupt
 * would be delivered on this frame and lost to it, so the host never
 * delivers one with EIP in [lhype_noirq_start, lhype_noirq_end).
 */
	.globl lhype_iret, lhype_noirq_start, lhype_noirq_end
lhype_iret:
	pushl	%eax
	movl	12(%esp), %eax			/* EFLAGS, above EIP and CS */
	andl	$X86_EFLAGS_IF, %eax
lhype_noirq_start:
	movl	%eax, %ss:lguest_data
	popl	%eax
	iret
lhype_noirq_end:

/*
 * sysenter is hidden from the kernel (lhype.c's cpuid hides SEP), so
 * entry.S never returns this way.
 */
	.globl lhype_irq_enable_sysexit
lhype_irq_enable_sysexit:
	ud2
