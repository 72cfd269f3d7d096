/*
 * Architecture setup: boot information, command line, memory
 *
 * start_kernel() calls setup_arch() first thing after the console is up,
 * before anything else touches the CPU's privileged state (trap_init()
 * comes after).
 * It copies the boot information out of the loader's memory (Multiboot is
 * translated by arch/i386/boot/multiboot.c, the Linux zero page is taken
 * as is), copies and parses the command line (COMMAND_LINE_SIZE - 1 bytes
 * at most: a longer one is cut, with a warning), reads the E820 map and
 * brings up the page allocator (mm/page_alloc.c) and the final page tables
 * (arch/i386/mm/init.c).  After it, alloc_pages() and kmalloc() work.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/mm.h>
#include <linux/cmdline.h>
#include <asm/bootparam.h>
#include <asm/multiboot.h>
#include <asm/e820.h>
#include <asm/fixmap.h>
#include <asm/setup.h>
#include <asm/processor.h>

/* head.S maps this much physical memory before paging_init(). */
#define EARLY_MAPPED	(64UL << 20)

/* The zero page layout is the Linux boot protocol's. */
BUILD_BUG_ON(sizeof(struct boot_params) != BOOT_PARAMS_SIZE);
BUILD_BUG_ON(offsetof(struct boot_params, e820_entries) != 0x1e8);
BUILD_BUG_ON(offsetof(struct boot_params, hdr.cmd_line_ptr) != 0x228);
BUILD_BUG_ON(offsetof(struct boot_params, hdr.hardware_subarch) != 0x23c);
BUILD_BUG_ON(offsetof(struct boot_params, e820_map) != 0x2d0);
BUILD_BUG_ON(sizeof(struct e820entry) != 20);
BUILD_BUG_ON(sizeof(struct multiboot_mmap_entry) != 24);

struct boot_params boot_params;
unsigned long boot_protocol;
unsigned long boot_info_phys;
char boot_command_line[COMMAND_LINE_SIZE];

static void __init copy_zero_page(void)
{
	if (boot_info_phys >= EARLY_MAPPED - BOOT_PARAMS_SIZE)
		panic("boot: zero page at 0x%lx is beyond the early map",
		      boot_info_phys);
	memcpy(&boot_params, __va(boot_info_phys), sizeof(boot_params));
}

/* The command line at cmd_line_ptr, read no further than the early map. */
static void __init copy_command_line(u32 cl)
{
	size_t len, max = EARLY_MAPPED - cl;
	unsigned long kept;

	if (!cl)
		return;
	if (cl >= EARLY_MAPPED) {
		printk(KERN_ERR "boot: command line at 0x%x is beyond the early map; ignored\n",
		       cl);
		return;
	}
	len = cmdline_copy(boot_command_line, __va(cl), COMMAND_LINE_SIZE, max);
	kept = strlen(boot_command_line);
	if (len == max)
		printk(KERN_WARNING "boot: command line at 0x%x does not end within the early map; cut to %lu bytes\n",
		       cl, kept);
	else if (len > kept)
		printk(KERN_WARNING "boot: command line is %lu bytes; cut to %lu\n",
		       (unsigned long)len, kept);
}

static void __init copy_boot_info(void)
{
	if (boot_protocol == BOOT_PROTO_MULTIBOOT) {
		if (boot_info_phys >= EARLY_MAPPED - sizeof(struct multiboot_info) ||
		    multiboot_to_boot_params(__va(boot_info_phys),
					     &boot_params, EARLY_MAPPED))
			panic("boot: bad Multiboot information at 0x%lx",
			      boot_info_phys);
		printk(KERN_INFO "boot: protocol multiboot\n");
	} else {
		copy_zero_page();
		printk(KERN_INFO "boot: protocol zeropage\n");
		printk(KERN_INFO "boot: zero page at 0x%lx\n", boot_info_phys);
	}
	copy_command_line(boot_params.hdr.cmd_line_ptr);
}

/* Whole, in pieces: one printk() keeps only 511 bytes of a message. */
static void __init print_command_line(void)
{
	const char *s = boot_command_line;
	char piece[256];

	printk(KERN_INFO "Kernel command line: ");
	while (*s) {
		strlcpy(piece, s, sizeof(piece));
		printk(KERN_INFO "%s", piece);
		s += strlen(piece);
	}
	printk(KERN_INFO "\n");
}

const char *machine_specific_memory_setup(void)
{
	int nr = boot_params.e820_entries;

	if (nr > E820MAX)
		panic("boot: %d E820 entries, at most %d are allowed", nr,
		      E820MAX);
	if (e820_setup(boot_params.e820_map, nr))
		panic("boot: the memory map has no usable RAM");
	return "BIOS-e820";
}

void __init setup_arch(void)
{
	copy_boot_info();
	print_command_line();
	parse_args(boot_command_line);

	printk(KERN_INFO "BIOS-provided physical RAM map:\n");
	e820_print_map(memory_setup());

	cpu_detect();		/* paging_init() needs the CPU's features */
	mem_init();
	paging_init();
}
