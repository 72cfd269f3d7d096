/*
 * Hypervisor core: from the Multiboot loader to hv_main()
 *
 * The loader (QEMU -kernel, GRUB) jumps to hv_boot at its physical
 * address, paging off, EAX = the Multiboot magic, EBX = the physical
 * address of the Multiboot information.  Here: clear BSS, build the
 * host's page directory (physical memory identity-mapped with 4 MiB
 * pages up to HV_IDENT_LIMIT, the host itself at HV_VIRT by its own page
 * table), turn paging on with CR0.WP, load the host's GDT and a stack,
 * and call hv_main(magic, mbi) at the host's link address.
 * SPDX-License-Identifier: GPL-2.0
 */
#define __ASSEMBLY__
#include "hv.h"

#define MB_HEADER_MAGIC	0x1badb002
#define MB_FLAGS	0x00000003	/* modules page-aligned, memory info */
#define PHYS(sym)	((sym) - HV_VIRT + HV_PHYS)

	.section .boot, "ax"
	.code32
	.balign 4
multiboot_header:
	.long	MB_HEADER_MAGIC
	.long	MB_FLAGS
	.long	-(MB_HEADER_MAGIC + MB_FLAGS)

	.globl	hv_boot
hv_boot:
	cli
	cld
	movl	%eax, %ebp			/* magic; EBX keeps the info */

	movl	$PHYS(__bss_start), %edi
	movl	$PHYS(__bss_end), %ecx
	subl	%edi, %ecx
	shrl	$2, %ecx
	xorl	%eax, %eax
	rep stosl

	/* The host's page table: its 4 MiB from HV_PHYS, at HV_VIRT. */
	movl	$PHYS(hv_host_pt), %edi
	movl	$(HV_PHYS | 0x3), %eax		/* present, writable */
	movl	$1024, %ecx
1:	stosl
	addl	$4096, %eax
	loop	1b

	/* The directory: identity 4 MiB pages, then the host's entry. */
	movl	$PHYS(hv_host_pgd), %edi
	movl	$0x83, %eax			/* present, writable, 4 MiB */
	movl	$(HV_IDENT_LIMIT >> 22), %ecx
2:	stosl
	addl	$0x400000, %eax
	loop	2b
	movl	$(PHYS(hv_host_pt) + 0x3), PHYS(hv_host_pgd) + HV_PDE * 4

	movl	%cr4, %eax
	orl	$0x10, %eax			/* CR4.PSE */
	movl	%eax, %cr4
	movl	$PHYS(hv_host_pgd), %eax
	movl	%eax, %cr3
	movl	%cr0, %eax
	orl	$0x80010000, %eax		/* PG, WP */
	movl	%eax, %cr0
	movl	$hv_start, %eax
	jmp	*%eax

	.text
hv_start:
	lgdt	hv_host_gdt_ptr + 2
	ljmp	$HV_CS, $1f
1:	movl	$HV_DS, %eax
	movl	%eax, %ds
	movl	%eax, %es
	movl	%eax, %ss
	xorl	%eax, %eax
	movl	%eax, %fs
	movl	%eax, %gs
	movl	$hv_stack + HV_STACK_SIZE, %esp
	pushl	$0				/* ends backtraces */
	movl	%ebp, %eax			/* hv_main(magic, */
	movl	%ebx, %edx			/*         info) */
	xorl	%ebp, %ebp
	call	hv_main
	ud2
