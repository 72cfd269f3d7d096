/*
 * Virtual Machine Interface (VMI) option ROM: header, init, jump slots
 *
 * Assembled into build/vmi.rom by hv/vmi/rom/Makefile (mkrom.pl sets
 * the checksum) and loaded by the BIOS into the ROM area (-option-rom on
 * bare QEMU), or put at 0xC0000 by our VMI host (hv/vmi/boot.c).  The
 * BIOS far-calls the 16-bit init at offset 3, which just returns.  A
 * guest kernel finds the ROM by its header (asm-i386/vmi.h, section 4
 * of the reference) and calls the two jump slots as 32-bit regparm
 * functions, at ring 0 on its boot page tables through its low mapping
 * (PAGE_OFFSET + 0xC0000 + ...): so VMI_Init and get_reloc are
 * position-independent.  VMI_Init probes our host through its private
 * port (linux/vmi_host.h) and fails with VMI_INIT_NO_HOST when nothing
 * answers; get_reloc answers NONE for every call then; under our host,
 * the entries this ROM has (reloc_table below), which the kernel calls
 * from then on in ring 1 (Documentation/paravirt/vmi.txt has them as a
 * table).
 * SPDX-License-Identifier: GPL-2.0
 */
#include <asm-i386/vmi.h>
#include <linux/vmi_host.h>

#define ROM_BLOCKS	8		/* 4 KiB */
#define HERE(sym)	((sym) - rom_start)

	.text
	.globl rom_start
rom_start:
	/* --- the 144-byte header ---------------------------------------- */
	.word	VMI_ROM_SIGNATURE
	.byte	ROM_BLOCKS
	.org	VROM_ROM_ENTRY
	.code16
	/* The BIOS's init call: nothing to set up, no boot device. */
	xorw	%ax, %ax
	lret
	.code32
	.org	VROM_VROM_SIGNATURE
	.long	VMI_SIGNATURE
	.byte	VMI_API_REV_MINOR
	.byte	VMI_API_REV_MAJOR
	.byte	2				/* jump slots */
	.byte	0
	.org	VROM_VIRTUAL_TOP
	.long	0xffc00000			/* the hosts' top 4 MiB */
	.org	VROM_LICENSE_OFFS
	.word	HERE(license)
	.word	HERE(pci_header)
	.word	0				/* no PnP header */
	.org	VMI_HOST_ROM_NOIRQ_START	/* reserved bytes: our host's */
	.word	HERE(iret_noirq_start)
	.word	HERE(iret_noirq_end)
	.org	VROM_VMI_INIT
	jmp	vmi_init
	.org	VROM_VMI_INIT + VROM_SLOT_SIZE, 0xcc
	jmp	get_reloc
	.org	VROM_GET_RELOC + VROM_SLOT_SIZE, 0xcc

	/* --- the PCI data structure (24 bytes), then the license ---------- */
pci_header:
	.ascii	"PCIR"
	.word	VMI_PCI_VENDOR_VMWARE
	.word	VMI_PCI_DEVICE_VMI
	.word	0				/* no VPD */
	.word	24				/* this structure */
	.byte	0				/* its revision */
	.byte	0x05, 0x80, 0x00		/* class: other memory */
	.word	ROM_BLOCKS			/* image length */
	.byte	0, 1				/* ROM version 1.0 */
	.byte	0				/* code type: x86 */
	.byte	0x80				/* the last image */
	.word	0
license:
	.asciz	"GPL v2"

	/*
	 * VMI_Init: regparm, no arguments, 0 in EAX on success.  Called
	 * with interrupts off; clobbers EDX.
	 */
	.balign	16
vmi_init:
	movw	$VMI_HOST_PORT, %dx
	inl	%dx, %eax
	cmpl	$VMI_HOST_MAGIC, %eax
	jne	1f
	movl	$VMI_HOST_CMD_INIT, %eax
	outl	%eax, %dx
	inl	%dx, %eax			/* the host's verdict */
	ret
1:	movl	$VMI_INIT_NO_HOST, %eax
	ret

	/*
	 * get_reloc: regparm, the call number in EAX; returns the
	 * relocation record in EDX:EAX (EAX the entry's address, DL its
	 * type).  NONE for numbers out of range and when no host answers,
	 * so it is safe to call whatever VMI_Init said.  An entry's
	 * address is where this code runs plus its offset in the table.
	 */
	.balign	16
get_reloc:
	cmpl	$VMI_HOST_CALL_STATS, %eax
	je	stats_reloc
	cmpl	$VMI_CALL_COUNT, %eax
	jae	2f
	movl	%eax, %ecx
	movw	$VMI_HOST_PORT, %dx
	inl	%dx, %eax
	cmpl	$VMI_HOST_MAGIC, %eax
	jne	2f
	call	1f
1:	popl	%edx
	subl	$HERE(1b), %edx			/* EDX: where the ROM is */
	leal	HERE(reloc_table)(%edx,%ecx,8), %ecx
	movl	(%ecx), %eax
	addl	%edx, %eax
	movzbl	4(%ecx), %edx
	testl	%edx, %edx
	jz	2f
	ret
2:	xorl	%eax, %eax
	xorl	%edx, %edx
	ret

/*
 * The entry points, valid once VMI_Init has succeeded, which our host
 * allows only with the ROM at its place (linux/vmi_host.h): so they may
 * use absolute addresses of the shared page.  The interrupt-flag calls
 * keep every register but their result (section 4.3); the others are
 * regparm(3) calls, turned into our host's convention: EAX the call,
 * EDX ECX EBX ESI EDI the arguments, EAX (EDX) the result.
 */
#define SHARED(x)	(VMI_HOST_SHARED_VIRT + VMI_HOST_SHARED_##x)
#define VIF		SHARED(VIF)
#define PENDING		SHARED(PENDING)
#define LAZY		SHARED(LAZY)
#define MMU_SYNC	SHARED(MMU_SYNC)
#define SCR2		SHARED(CR2)
#define SCR3		SHARED(CR3)
#define SCR0		SHARED(CR0)
#define CR0_TS		0x8
#define QCOUNT		SHARED(QCOUNT)
#define QUEUE		SHARED(QUEUE)

/*
 * Make the host run the queue and deliver what is pending; every
 * register kept.
 */
flush_pending:
	pushl	%eax
	pushl	%edx
	movl	$VMI_HOST_CALL_FLUSH, %eax
	int	$VMI_HOST_VECTOR
	popl	%edx
	popl	%eax
	ret

vmi_entry_30:					/* DisableInterrupts */
	movl	$0, VIF
	ret
vmi_entry_29:					/* EnableInterrupts */
	movl	$0x200, VIF
	testl	$1, PENDING
	jnz	flush_pending
	ret
vmi_entry_31:					/* GetInterruptMask */
	movl	VIF, %eax
	ret
vmi_entry_32:					/* SetInterruptMask */
	testl	$0x200, %eax
	jz	vmi_entry_30
	jmp	vmi_entry_29

/*
 * IRET, reached by a jump (JUMP_REL): copy the frame's IF to the
 * virtual flag and iret, which restores the flags the test clobbers.
 * From the copy to the iret the host delivers nothing (the window's
 * offsets are in the header).
 */
vmi_entry_33:
iret_noirq_start:
	testl	$0x200, %ss:8(%esp)		/* the frame's EFLAGS */
	jz	1f
	movl	$0x200, %ss:VIF
	iret
1:	movl	$0, %ss:VIF
	iret
iret_noirq_end:

vmi_entry_0:					/* CPUID, SEP and PSE hidden */
	cmpl	$1, %eax
	cpuid
	jne	1f
	andl	$~((1 << 11) | (1 << 3)), %edx
1:	ret

/* get_reloc(VMI_HOST_CALL_STATS): our host's exit count, for benchmarks. */
stats_reloc:
	movw	$VMI_HOST_PORT, %dx
	inl	%dx, %eax
	cmpl	$VMI_HOST_MAGIC, %eax
	jne	3f
	call	1f
1:	popl	%eax
	addl	$HERE(vmi_stats) - HERE(1b), %eax
	movl	$VMI_RELOCATION_CALL_REL, %edx
	ret
3:	xorl	%eax, %eax
	xorl	%edx, %edx
	ret
vmi_stats:
	movl	$VMI_HOST_CALL_STATS, %eax
	int	$VMI_HOST_VECTOR
	ret

vmi_entry_27:					/* RDTSC */
	rdtsc
	ret
vmi_entry_65:					/* IODelay */
	ret

	/*
	 * Call n of the host, now: the regparm call turned into its own,
	 * the two stack words (the fourth and fifth arguments, for the
	 * calls that have them) in ESI and EDI.
	 */
	.macro	HOSTBODY n
	pushl	%ebx
	pushl	%esi
	pushl	%edi
	movl	16(%esp), %esi
	movl	20(%esp), %edi
	movl	%ecx, %ebx
	movl	%edx, %ecx
	movl	%eax, %edx
	movl	$\n, %eax
	int	$VMI_HOST_VECTOR
	popl	%edi
	popl	%esi
	popl	%ebx
	ret
	.endm

	.macro	HOSTCALL n
vmi_entry_\n:
	HOSTBODY \n
	.endm

	.irp	n, 3, 4, 5, 6, 7, 9, 10, 13, 16, 18, 22, 23, 24, 25, \
		34, 35, 48
	HOSTCALL \n
	.endr

	/* Call n, queued while a lazy mode is on (linux/vmi_host.h). */
	.macro	QBODY n
	cmpl	$0, LAZY
	jne	1f
	HOSTBODY \n
1:	pushl	$\n
	jmp	queue_call
	.endm

	.irp	n, 11, 12, 14, 40, 44, 45, 61
vmi_entry_\n:
	QBODY	\n
	.endr

vmi_entry_38:					/* SetPxE(pte, ptep, flags) */
	movl	%eax, (%edx)			/* the kernel's store */
	QBODY	38
vmi_entry_17:					/* SetCR3: GetCR3 reads it */
	movl	%eax, SCR3
	QBODY	17
vmi_entry_15:					/* SetCR0: GetCR0 reads it */
	movl	%eax, SCR0
	QBODY	15
vmi_entry_28:					/* CLTS */
	andl	$~CR0_TS, SCR0
	QBODY	28

/*
 * A call deferred under SetLazyMode: its number on the stack over the
 * caller's return address; the call, EAX, EDX, ECX and the caller's
 * first stack word go into the next record.  The virtual IF is off
 * while it is written, so an interrupt handler's own calls cannot land
 * in the same record; the host runs the queue only when the ROM enters
 * it with int $0x1f, never in the middle of this.  A full queue is run
 * first.
 */
	.if	VMI_HOST_QUEUE_WORDS != 5	/* the lea and offsets below */
	.error	"queue_call writes records of 5 words"
	.endif
queue_call:
	pushl	%edi
	pushl	VIF
	movl	$0, VIF
	movl	QCOUNT, %edi
	cmpl	$VMI_HOST_QUEUE_MAX, %edi
	jb	1f
	call	flush_pending			/* the host empties it */
	xorl	%edi, %edi
1:	leal	(%edi,%edi,4), %edi		/* VMI_HOST_QUEUE_WORDS */
	movl	%eax, QUEUE + 4(,%edi,4)
	movl	%edx, QUEUE + 8(,%edi,4)
	movl	%ecx, QUEUE + 12(,%edi,4)
	movl	8(%esp), %eax			/* the call */
	movl	%eax, QUEUE(,%edi,4)
	movl	16(%esp), %eax			/* the first stack word */
	movl	%eax, QUEUE + 16(,%edi,4)
	incl	QCOUNT
	popl	VIF
	popl	%edi
	addl	$4, %esp			/* the call number */
	testl	$0x200, VIF
	jz	2f
	testl	$1, PENDING
	jnz	flush_pending
2:	ret

/* SetLazyMode(mode): leaving a lazy mode runs what it queued. */
vmi_entry_73:
	movl	%eax, LAZY
	testl	%eax, %eax
	jnz	1f
	cmpl	$0, QCOUNT
	jne	flush_pending
1:	ret

/*
 * InvalPage, FlushTLB: once the host is told of every page-table change
 * (MMU_SYNC) its shadows hold nothing stale, and a flush has only the
 * queue to run.
 */
	.irp	n, 46, 47
vmi_entry_\n:
	cmpl	$0, MMU_SYNC
	jne	1f
	HOSTBODY \n
1:	cmpl	$0, QCOUNT
	jne	flush_pending
	ret
	.endr

vmi_entry_19:					/* GetCR0 */
	movl	SCR0, %eax
	ret
vmi_entry_20:					/* GetCR2 */
	movl	SCR2, %eax
	ret
vmi_entry_21:					/* GetCR3 */
	movl	SCR3, %eax
	ret

/*
 * The time calls (section 4.7).  The cycle counters are the TSC: our
 * host's clock is rdtsc and ring 1 reads it untrapped, so REAL and
 * AVAILABLE are answered here without an exit; STOLEN is 0 (the host
 * counts no stolen time), and so is a counter VMI does not name.
 * SetAlarm(flags, expiry, period) has five words: the period in the
 * two stack words, which HOSTBODY passes in ESI and EDI.
 */
vmi_entry_67:					/* GetCycleCounter */
	cmpl	$VMI_CYCLES_AVAILABLE, %eax
	ja	1f
	rdtsc
	ret
1:	xorl	%eax, %eax
	xorl	%edx, %edx
	ret

	.irp	n, 66, 68, 69, 70, 71
	HOSTCALL \n
	.endr

	/*
	 * The entry-point table, one record per call number: the entry's
	 * offset in the ROM and its VMI_RELOCATION_* type; NONE (native
	 * code kept) where this ROM has no entry.
	 */
	.balign	8
reloc_table:
	.irp	n, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, \
		17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, \
		32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, \
		47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, \
		62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73
	.ifdef	vmi_entry_\n
	.long	HERE(vmi_entry_\n)
	.if	\n == VMI_CALL_IRET
	.byte	VMI_RELOCATION_JUMP_REL, 0, 0, 0
	.else
	.byte	VMI_RELOCATION_CALL_REL, 0, 0, 0
	.endif
	.else
	.long	0
	.byte	VMI_RELOCATION_NONE, 0, 0, 0
	.endif
	.endr

	/* mkrom.pl makes the last byte the checksum. */
	.org	ROM_BLOCKS * VMI_ROM_UNIT - 1, 0
	.byte	0
