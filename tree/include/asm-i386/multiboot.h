/*
 * Multiboot specification 0.6.96 (version 1): header and information
 *
 * head.S embeds the header; arch/i386/boot/multiboot.c reads the
 * information structure a Multiboot loader (GRUB, QEMU's -kernel) passes
 * in EBX, and turns it into the Linux boot parameters.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _ASM_I386_MULTIBOOT_H
#define _ASM_I386_MULTIBOOT_H

#define MULTIBOOT_HEADER_MAGIC		0x1BADB002
#define MULTIBOOT_BOOTLOADER_MAGIC	0x2BADB002
#define MULTIBOOT_PAGE_ALIGN		0x00000001
#define MULTIBOOT_MEMORY_INFO		0x00000002

#define MULTIBOOT_INFO_MEMORY		0x00000001
#define MULTIBOOT_INFO_CMDLINE		0x00000004
#define MULTIBOOT_INFO_MODS		0x00000008
#define MULTIBOOT_INFO_MEM_MAP		0x00000040

#ifndef __ASSEMBLY__
#include <linux/types.h>

struct multiboot_info {
	u32 flags;
	u32 mem_lower, mem_upper;	/* KiB below 1 MiB, above 1 MiB */
	u32 boot_device;
	u32 cmdline;
	u32 mods_count, mods_addr;
	u32 syms[4];
	u32 mmap_length, mmap_addr;
	u32 drives_length, drives_addr;
	u32 config_table;
	u32 boot_loader_name;
	u32 apm_table;
	u32 vbe[6];
} __packed;

/* A memory map entry; size counts the bytes after itself. */
struct multiboot_mmap_entry {
	u32 size;
	u64 addr;
	u64 len;
	u32 type;
} __packed;

struct boot_params;
/*
 * Fills bp from the information at mbi, cmd_line_ptr included (pointing
 * past the image path); returns 0 or -EINVAL.
 */
int multiboot_to_boot_params(const struct multiboot_info *mbi,
			     struct boot_params *bp, unsigned long max_phys);
#endif

#endif /* _ASM_I386_MULTIBOOT_H */
