/*
 * Zero-page loader (zpload) entry and exit: Multiboot in, Linux 32-bit out
 *
 * QEMU's Multiboot loader (-kernel build/zpload.elf -initrd build/vmlinux)
 * enters zpload_start in protected mode with paging off, EAX = Multiboot
 * magic and EBX = the Multiboot information.  We set up a stack and call
 * zpload_main() (zpload.c), which loads the kernel and builds the zero
 * page, then calls zpload_enter() here to jump into the kernel the way
 * the Linux 32-bit boot protocol wants.
 * WARNING: runs at physical addresses; paging stays off throughout.
 */
/* SPDX-License-Identifier: GPL-2.0 */

#define MB_HEADER_MAGIC	0x1BADB002
#define MB_FLAGS	0x00000003	/* bit 0: page-align modules, bit 1: memory info */
#define BOOT_CS		0x10		/* Linux boot protocol: __BOOT_CS */
#define BOOT_DS		0x18		/* Linux boot protocol: __BOOT_DS */
#define KERNEL_CS	0x60		/* the kernel's own: __KERNEL_CS */
#define KERNEL_DS	0x68		/* __KERNEL_DS */

/* Every data segment register from EAX. */
.macro load_data_segments
	movl %eax, %ds
	movl %eax, %es
	movl %eax, %fs
	movl %eax, %gs
	movl %eax, %ss
.endm

/* To the kernel at ECX, ESI kept, the other registers cleared. */
.macro jump_to_kernel
	xorl %eax, %eax
	xorl %ebx, %ebx
	xorl %edx, %edx
	xorl %edi, %edi
	xorl %ebp, %ebp
	jmp *%ecx
.endm

	.section .multiboot, "a"
	.align 4
	.long MB_HEADER_MAGIC
	.long MB_FLAGS
	.long -(MB_HEADER_MAGIC + MB_FLAGS)

	.text
	.globl zpload_start
zpload_start:
	cli
	cld
	movl $stack_top, %esp
	pushl %ebx			/* Multiboot information */
	pushl %eax			/* Multiboot magic */
	call zpload_main
1:	hlt				/* zpload_main() does not return */
	jmp 1b

/*
 * void zpload_enter(u32 entry, u32 zero_page): never returns.
 * The boot protocol: flat 4 GiB segments with CS = 0x10 and DS = ES = SS
 * = 0x18, interrupts off, ESI = zero page, EBX = EDI = EBP = 0.  We also
 * clear EAX so the kernel cannot mistake this for a Multiboot entry.
 */
	.globl zpload_enter
zpload_enter:
	movl 4(%esp), %ecx		/* kernel entry (physical) */
	movl 8(%esp), %esi		/* zero page */
	lgdt boot_gdt_desc
	ljmp $BOOT_CS, $1f
1:	movl $BOOT_DS, %eax
	load_data_segments
	jump_to_kernel

/*
 * zpload_enter_paged(entry, zero_page, pgdir): as a hypervisor starts a
 * guest at its backend's entry: the kernel's own flat selectors
 * (__KERNEL_CS 0x60, __KERNEL_DS 0x68), paging on with 4 MiB pages,
 * ESI = the zero page, a jump to the (virtual) entry.
 */
	.globl zpload_enter_paged
zpload_enter_paged:
	movl 4(%esp), %ecx		/* kernel entry (virtual) */
	movl 8(%esp), %esi		/* zero page */
	movl 12(%esp), %edx		/* page directory */
	lgdt kernel_gdt_desc
	ljmp $KERNEL_CS, $1f
1:	movl $KERNEL_DS, %eax
	load_data_segments
	movl %cr4, %eax
	orl $0x10, %eax			/* PSE: 4 MiB pages */
	movl %eax, %cr4
	movl %edx, %cr3
	movl %cr0, %eax
	orl $0x80010000, %eax		/* PG, WP */
	movl %eax, %cr0
	jump_to_kernel

	.section .rodata
	.align 8
kernel_gdt:
	.fill 12, 8, 0
	.quad 0x00cf9a000000ffff	/* 0x60: code, base 0, limit 4 GiB, DPL 0 */
	.quad 0x00cf92000000ffff	/* 0x68: data, base 0, limit 4 GiB, DPL 0 */
kernel_gdt_desc:
	.word kernel_gdt_desc - kernel_gdt - 1
	.long kernel_gdt

	.align 8
boot_gdt:
	.quad 0				/* 0x00: null */
	.quad 0				/* 0x08: unused */
	.quad 0x00cf9a000000ffff	/* 0x10: code, base 0, limit 4 GiB, DPL 0 */
	.quad 0x00cf92000000ffff	/* 0x18: data, base 0, limit 4 GiB, DPL 0 */
boot_gdt_desc:
	.word boot_gdt_desc - boot_gdt - 1
	.long boot_gdt

	.bss
	.align 16
	.space 8192
stack_top:

	.section .note.GNU-stack, "", @progbits
