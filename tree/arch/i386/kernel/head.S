/*
 * Kernel entry point (startup_32): from the boot loader to start_kernel
 *
 * WARNING: until the jump to high addresses below, this code runs with
 * paging off.  It is linked at its physical address (section .head.text,
 * see vmlinux.lds.S), but every reference to other kernel data must
 * subtract PAGE_OFFSET: phys(x).
 *
 * Two boot protocols enter here, at physical 1 MiB, with interrupts off:
 *  - Multiboot v1 (GRUB, qemu -kernel): EAX = 0x2BADB002, EBX = info.
 *  - Linux's 32-bit protocol (the lhype launcher, tests/zpload):
 *    ESI = the boot parameters ("zero page").
 * We load our own GDT, clear BSS, map the first 64 MiB both at 0 and at
 * PAGE_OFFSET, enable paging, load an early IDT for the exceptions and
 * jump to start_kernel (init/main.c) on the boot task's stack.  setup.c then reads the boot information through
 * the linear map and paging_init() replaces these page tables.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <asm/segment.h>
#include <asm/page.h>
#include <asm/pgtable.h>
#include <asm/processor-flags.h>
#include <asm/multiboot.h>
#include <asm/bootparam.h>
#include <asm/irq.h>

#define phys(x)		((x) - PAGE_OFFSET)
#define EARLY_MAP_PAGES	(64 * 1024 * 1024 / PAGE_SIZE)	/* 64 MiB */
#define EARLY_PGTABLES	(EARLY_MAP_PAGES / PTRS_PER_PTE)
#define MB_FLAGS	(MULTIBOOT_PAGE_ALIGN | MULTIBOOT_MEMORY_INFO)
#define EARLY_IDT_ENTRIES	32	/* the exceptions */

	.section .head.text, "ax"
	.globl startup_32
startup_32:
	jmp	1f

	/* Multiboot header: within the first 8 KiB, 4-byte aligned. */
	.balign 4
multiboot_header:
	.long	MULTIBOOT_HEADER_MAGIC
	.long	MB_FLAGS
	.long	-(MULTIBOOT_HEADER_MAGIC + MB_FLAGS)

1:	cld
	lgdt	phys(boot_gdt_descr)
	ljmp	$__KERNEL_CS, $2f
2:	movl	$__KERNEL_DS, %ecx
	movl	%ecx, %ds
	movl	%ecx, %es
	movl	%ecx, %ss
	xorl	%ecx, %ecx
	movl	%ecx, %fs
	movl	%ecx, %gs

	/* Which protocol?  Keep the info pointer in EBX. */
	cmpl	$MULTIBOOT_BOOTLOADER_MAGIC, %eax
	movl	$BOOT_PROTO_MULTIBOOT, %edx
	je	3f
	movl	$BOOT_PROTO_ZEROPAGE, %edx
	movl	%esi, %ebx
3:
	/* Clear BSS (the early page tables live there too). */
	movl	$phys(__bss_start), %edi
	movl	$phys(__bss_stop), %ecx
	subl	%edi, %ecx
	shrl	$2, %ecx
	xorl	%eax, %eax
	rep stosl
	movl	%edx, phys(boot_protocol)
	movl	%ebx, phys(boot_info_phys)

	/* PTEs: pg0[i] = i * 4 KiB | present | writable. */
	movl	$phys(pg0), %edi
	movl	$(_PAGE_PRESENT | _PAGE_RW), %eax
	movl	$EARLY_MAP_PAGES, %ecx
4:	stosl
	addl	$PAGE_SIZE, %eax
	loop	4b

	/* PDEs: the same tables at 0 (identity) and at PAGE_OFFSET. */
	movl	$phys(pg0) + (_PAGE_PRESENT | _PAGE_RW), %eax
	movl	$phys(swapper_pg_dir), %edi
	movl	$EARLY_PGTABLES, %ecx
5:	movl	%eax, (%edi)
	movl	%eax, (PAGE_OFFSET >> PGDIR_SHIFT) * 4(%edi)
	addl	$PAGE_SIZE, %eax
	addl	$4, %edi
	loop	5b

	movl	$phys(swapper_pg_dir), %eax
	movl	%eax, %cr3
	movl	%cr0, %eax
	orl	$(X86_CR0_PG | X86_CR0_WP), %eax
	movl	%eax, %cr0
	ljmp	$__KERNEL_CS, $high

	.text
high:
	/* Now at link addresses.  The boot task's stack is init_stack. */
	movl	$init_stack + THREAD_SIZE, %esp

	/*
	 * An early IDT: exceptions 0-31 go to entry.S's stubs, so that a
	 * fault before trap_init() (setup_arch() runs first) is an oops
	 * with registers and a backtrace, not a silent triple fault.
	 * Interrupt gates, DPL 0; idt_init() replaces the table.
	 */
	movl	$early_idt, %edi
	movl	$entry_vectors, %edx
	movl	$EARLY_IDT_ENTRIES, %ecx
7:	movl	%edx, %eax
	andl	$0x0000ffff, %eax
	orl	$(__KERNEL_CS << 16), %eax
	movl	%eax, (%edi)
	movl	%edx, %eax
	andl	$0xffff0000, %eax
	orl	$0x8e00, %eax		/* present, DPL 0, 32-bit interrupt gate */
	movl	%eax, 4(%edi)
	addl	$ENTRY_STUB_SIZE, %edx
	addl	$8, %edi
	loop	7b
	lidt	early_idt_descr

	pushl	$0			/* no return address: ends backtraces */
	xorl	%ebp, %ebp
	call	start_kernel
6:	hlt
	jmp	6b

	/* Boot GDT: only the kernel's flat code and data, at Linux's slots. */
	.section .rodata
	.balign 8
boot_gdt:
	.fill	GDT_ENTRY_KERNEL_CS, 8, 0
	.quad	0x00cf9a000000ffff	/* __KERNEL_CS: base 0, 4 GiB, code */
	.quad	0x00cf92000000ffff	/* __KERNEL_DS: base 0, 4 GiB, data */
boot_gdt_end:
	.balign 4
	.word	0
boot_gdt_descr:
	.word	boot_gdt_end - boot_gdt - 1
	.long	phys(boot_gdt)

	.balign 4
	.word	0
early_idt_descr:
	.word	EARLY_IDT_ENTRIES * 8 - 1
	.long	early_idt

	.bss
	.balign 8
early_idt:
	.fill	EARLY_IDT_ENTRIES, 8, 0

	.section .bss.page_aligned, "aw", @nobits
	.balign PAGE_SIZE
	.globl swapper_pg_dir
swapper_pg_dir:
	.fill	PTRS_PER_PGD, 4, 0
pg0:
	.fill	EARLY_MAP_PAGES, 4, 0
	.balign THREAD_SIZE
	.globl init_stack
init_stack:
	.fill	THREAD_SIZE, 1, 0
