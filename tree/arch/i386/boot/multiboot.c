/*
 * Multiboot information to Linux boot parameters
 *
 * A Multiboot loader (GRUB, qemu -kernel) hands over a struct
 * multiboot_info; setup.c calls multiboot_to_boot_params() to turn it
 * into the zero page a Linux-protocol loader would have given, so the rest
 * of the kernel reads one format (setup.c copies the command line from
 * cmd_line_ptr for both).  Runs on the early linear map: every
 * pointer in the information is checked against max_phys first.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <asm/multiboot.h>
#include <asm/bootparam.h>
#include <asm/page.h>

static bool phys_ok(u32 addr, u32 len, unsigned long max_phys)
{
	return addr < max_phys && len <= max_phys - addr;
}

static int convert_mmap(const struct multiboot_info *mbi,
			struct boot_params *bp, unsigned long max_phys)
{
	u32 off = 0;
	int n = 0;

	if (!phys_ok(mbi->mmap_addr, mbi->mmap_length, max_phys))
		return -EINVAL;
	while (off + sizeof(struct multiboot_mmap_entry) <= mbi->mmap_length &&
	       n < E820MAX) {
		const struct multiboot_mmap_entry *e =
			__va(mbi->mmap_addr + off);

		if (e->size < 20)
			return -EINVAL;
		bp->e820_map[n].addr = e->addr;
		bp->e820_map[n].size = e->len;
		bp->e820_map[n].type = e->type;
		n++;
		off += e->size + sizeof(e->size);
	}
	bp->e820_entries = n;
	return 0;
}

/* Without a map: the two ranges mem_lower and mem_upper describe. */
static void convert_mem(const struct multiboot_info *mbi,
			struct boot_params *bp)
{
	bp->e820_map[0].addr = 0;
	bp->e820_map[0].size = (u64)mbi->mem_lower << 10;
	bp->e820_map[0].type = E820_RAM;
	bp->e820_map[1].addr = 0x100000;
	bp->e820_map[1].size = (u64)mbi->mem_upper << 10;
	bp->e820_map[1].type = E820_RAM;
	bp->e820_entries = 2;
}

/*
 * GRUB and QEMU put the image's path first on the command line; a first
 * word containing '/' is that path, not an option, and is dropped.
 */
static const char *skip_image_path(const char *s)
{
	const char *p = s;

	while (*p && *p != ' ' && *p != '/')
		p++;
	if (*p != '/')
		return s;
	while (*p && *p != ' ')
		p++;
	while (*p == ' ')
		p++;
	return p;
}

int multiboot_to_boot_params(const struct multiboot_info *mbi,
			     struct boot_params *bp, unsigned long max_phys)
{
	memset(bp, 0, sizeof(*bp));
	if (mbi->flags & MULTIBOOT_INFO_MEM_MAP) {
		if (convert_mmap(mbi, bp, max_phys))
			return -EINVAL;
	} else if (mbi->flags & MULTIBOOT_INFO_MEMORY) {
		convert_mem(mbi, bp);
	} else {
		return -EINVAL;
	}
	if (mbi->flags & MULTIBOOT_INFO_CMDLINE) {
		const char *s;

		if (!phys_ok(mbi->cmdline, 1, max_phys))
			return -EINVAL;
		s = __va(mbi->cmdline);
		bp->hdr.cmd_line_ptr = mbi->cmdline + (skip_image_path(s) - s);
	}
	return 0;
}
