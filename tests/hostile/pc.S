/*
 * The hostile PC guest: attacks on vmihost before VMI_Init
 *
 * build/hostile-pc.elf is started as vmihost starts a kernel: the Linux
 * 32-bit boot protocol, paging off, ring 1, ESI = the zero page.  The
 * first letter of its command line picks the attack; each must end
 * with the host killing it (tests/boot/vmihost-hostile.t has the
 * lines).  It says which attack on the emulated serial port first.
 *   r  write to the option ROM at 0xc0000
 *   h  int $0x1f: a ROM-to-host call before VMI_Init
 *   c  cli; hlt: a sleep nothing can end
 *   g  lgdt of a table with a call gate to the host's code
 *   p  mov to cr3 of a directory outside memory, then paging on
 *   n  never call VMI_Init: sti; hlt with no timer running
 *   v  call VMI_Init twice: the second must fail; its result is the
 *      power-off status (through isa-debug-exit)
 *   b  a VMI call with a bad pointer after VMI_Init (SetGDT)
 *   q  after VMI_Init, a queue in the shared page that claims 1000 calls
 *   k  after VMI_Init, a queued call that may not be queued (Halt)
 *   m  after VMI_Init, SetPxE of an entry outside guest memory
 *   a  after VMI_Init, AllocatePage of a frame outside guest memory
 *   e  after VMI_Init, SetPxE at a PAE level (PDP)
 *   s  after VMI_Init, a periodic alarm every cycle: a storm
 *   f  after VMI_Init, an alarm due at the end of time
 * SPDX-License-Identifier: GPL-2.0
 */
#include <asm-i386/vmi.h>
#include <linux/vmi_host.h>

#define ZP_CMD_LINE_PTR	0x228
#define QCOUNT	(VMI_HOST_SHARED_PHYS + VMI_HOST_SHARED_QCOUNT)
#define QUEUE	(VMI_HOST_SHARED_PHYS + VMI_HOST_SHARED_QUEUE)

	.text
	.globl	pc_start
pc_start:
	movl	$stack_top, %esp
	movl	ZP_CMD_LINE_PTR(%esi), %ebx
	movzbl	(%ebx), %ebx		/* the attack's letter */
	movl	$hello, %esi
1:	lodsb				/* "hostile-pc: " on COM1 */
	testb	%al, %al
	jz	2f
	movw	$0x3f8, %dx
	outb	%al, %dx
	jmp	1b
2:	movl	%ebx, %eax
	outb	%al, %dx
	movb	$'\n', %al
	outb	%al, %dx
	cmpb	$'r', %bl
	je	rom_write
	cmpb	$'h', %bl
	je	early_hypercall
	cmpb	$'c', %bl
	je	sleep_forever
	cmpb	$'g', %bl
	je	call_gate
	cmpb	$'p', %bl
	je	bad_cr3
	cmpb	$'n', %bl
	je	no_vmi
	cmpb	$'v', %bl
	je	vmi_twice
	cmpb	$'b', %bl
	je	bad_vmi_call
	cmpb	$'q', %bl
	je	queue_long
	cmpb	$'k', %bl
	je	queue_halt
	cmpb	$'m', %bl
	je	pxe_outside
	cmpb	$'a', %bl
	je	alloc_outside
	cmpb	$'e', %bl
	je	pxe_pae
	cmpb	$'s', %bl
	je	alarm_storm
	cmpb	$'f', %bl
	je	alarm_far
	ud2

rom_write:
	movl	$0x41414141, 0xc0000
	ud2
early_hypercall:
	xorl	%eax, %eax
	int	$0x1f
	ud2
sleep_forever:
	cli
	hlt
	ud2
call_gate:
	lgdt	gdt_descr
	ud2
bad_cr3:
	movl	$0x7ff00000, %eax
	movl	%eax, %cr3
	movl	%cr0, %eax
	orl	$0x80000000, %eax
	movl	%eax, %cr0
	ud2

no_vmi:
	sti
	hlt
	ud2
/* VMI_Init's jump slot: the ROM at 0xc0000, paging off: linear = phys. */
#define VMI_INIT_SLOT	(0xc0000 + 128)
vmi_twice:
	movl	$VMI_INIT_SLOT, %eax
	call	*%eax
	movl	$VMI_INIT_SLOT, %eax
	call	*%eax
	movw	$0xf4, %dx			/* the second's result: status */
	outb	%al, %dx
	ud2
bad_vmi_call:
	movl	$VMI_INIT_SLOT, %eax
	call	*%eax
	movl	$3, %eax			/* VMI SetGDT */
	movl	$0xfffffff0, %edx
	int	$0x1f
	ud2
/* SetAlarm(flags, expiry, period) as the ROM passes it (vmi_host.h). */
alarm_storm:
	movl	$VMI_INIT_SLOT, %eax
	call	*%eax
	movl	$VMI_CALL_SetAlarm, %eax
	movl	$VMI_ALARM_IS_PERIODIC, %edx	/* REAL, IRQ 0 */
	xorl	%ecx, %ecx			/* expiry 0: now */
	xorl	%ebx, %ebx
	movl	$1, %esi			/* period: one cycle */
	xorl	%edi, %edi
	int	$0x1f
	ud2
alarm_far:
	movl	$VMI_INIT_SLOT, %eax
	call	*%eax
	movl	$VMI_CALL_SetAlarm, %eax
	xorl	%edx, %edx			/* one-shot, REAL, IRQ 0 */
	movl	$0xffffffff, %ecx		/* expiry: the last cycle */
	movl	$0xffffffff, %ebx
	xorl	%esi, %esi
	xorl	%edi, %edi
	int	$0x1f
	ud2

/* The shared page is at its physical address: paging is off here. */
queue_long:
	movl	$VMI_INIT_SLOT, %eax
	call	*%eax
	movl	$1000, QCOUNT
	movl	$VMI_HOST_CALL_FLUSH, %eax
	int	$0x1f
	ud2
queue_halt:
	movl	$VMI_INIT_SLOT, %eax
	call	*%eax
	movl	$VMI_CALL_Halt, QUEUE
	movl	$1, QCOUNT
	movl	$VMI_HOST_CALL_FLUSH, %eax
	int	$0x1f
	ud2
pxe_outside:
	movl	$VMI_INIT_SLOT, %eax
	call	*%eax
	movl	$VMI_CALL_SetPxE, %eax		/* pte, ptep, flags */
	movl	$0x1067, %edx
	movl	$0x7ff00000, %ecx
	movl	$VMI_PAGE_PT, %ebx
	int	$0x1f
	ud2
alloc_outside:
	movl	$VMI_INIT_SLOT, %eax
	call	*%eax
	movl	$VMI_CALL_AllocatePage, %eax	/* pfn, flags */
	movl	$0x7ff00, %edx
	movl	$VMI_PAGE_L1, %ecx
	int	$0x1f
	ud2
pxe_pae:
	movl	$VMI_INIT_SLOT, %eax
	call	*%eax
	movl	$VMI_CALL_SetPxE, %eax
	movl	$0x1067, %edx
	movl	$0x1000, %ecx
	movl	$VMI_PAGE_PDP, %ebx
	int	$0x1f
	ud2

	.data
hello:	.asciz	"hostile-pc: "
	.balign	8
gdt:	.quad	0
	.quad	0x0000ec0000500000	/* a call gate to 0x50:0, DPL 3 */
gdt_end:
	.balign	4
	.word	0
gdt_descr:
	.word	gdt_end - gdt - 1
	.long	gdt

	.bss
	.balign	16
	.space	4096
stack_top:
