/*
 * Linker script for vmlinux: where every section of the kernel lives
 *
 * Loaded at 1 MiB.  head.S's early code runs before paging, so it is
 * linked where it runs: .head.text sits at its physical address in a
 * segment of its own, and the entry point (startup_32, physical) lies
 * inside it, as GRUB requires of a Multiboot ELF.  Everything else is
 * linked at PAGE_OFFSET + its load address (AT() gives the latter).  The
 * Multiboot header, at the start of .head.text, is within the first
 * 8 KiB of the file.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <asm/page.h>

OUTPUT_FORMAT("elf32-i386")
OUTPUT_ARCH(i386)
ENTRY(startup_32)

PHDRS {
	head PT_LOAD FLAGS(5);		/* R-X, physical addresses */
	text PT_LOAD FLAGS(5);		/* R-X */
	data PT_LOAD FLAGS(6);		/* RW- */
}

SECTIONS
{
	. = 0x100000;
	_phys_start = .;
	.head.text : {
		*(.head.text)
	} :head

	. = PAGE_OFFSET + ALIGN(PAGE_SIZE);
	_text = .;
	.text : AT(ADDR(.text) - PAGE_OFFSET) {
		*(.text .text.*)
		*(.fixup)
		. = ALIGN(16);
		__init_text_start = .;
		*(.init.text)
		__init_text_end = .;
	} :text
	_etext = .;

	.rodata : AT(ADDR(.rodata) - PAGE_OFFSET) {
		*(.rodata .rodata.*)
		. = ALIGN(4);
		__start___ex_table = .;
		*(__ex_table)
		__stop___ex_table = .;
		. = ALIGN(4);
		__setup_start = .;
		*(.init.setup)
		__setup_end = .;
		. = ALIGN(4);
		__ktest_suites_start = .;
		*(.ktest.suites)
		__ktest_suites_end = .;
	} :text

	. = ALIGN(PAGE_SIZE);
	.data : AT(ADDR(.data) - PAGE_OFFSET) {
		_sdata = .;
		*(.data.page_aligned)
		*(.data .data.*)
		*(.init.data)
		_edata = .;
	} :data

	. = ALIGN(PAGE_SIZE);
	.bss : AT(ADDR(.bss) - PAGE_OFFSET) {
		__bss_start = .;
		*(.bss.page_aligned)
		*(.bss .bss.* COMMON)
		. = ALIGN(PAGE_SIZE);
		__bss_stop = .;
	} :data
	_end = .;

	/DISCARD/ : {
		*(.comment) *(.note*) *(.eh_frame*) *(.discard)
	}
}
