/*
 * Linux's 32-bit boot protocol: the boot parameters ("zero page")
 *
 * A loader that speaks the Linux protocol (the lhype launcher, a test
 * loader) enters startup_32 with ESI = physical address of this 4 KiB
 * page.  Multiboot loaders are translated into the same structure by
 * arch/i386/boot/multiboot.c, so setup.c reads one format only.  Offsets
 * are the protocol's (Documentation/i386/zero-page.txt in Linux).
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _ASM_I386_BOOTPARAM_H
#define _ASM_I386_BOOTPARAM_H

#define BOOT_PARAMS_SIZE	4096
/*
 * The kernel command line: up to COMMAND_LINE_SIZE - 1 bytes are kept;
 * setup.c cuts a longer one and says so.  Linux 2.6.20 had 256.
 */
#define COMMAND_LINE_SIZE	2048

#ifndef __ASSEMBLY__
#include <linux/types.h>
#include <asm/e820.h>

/* The setup header, from offset 0x1f1 (only the fields we read). */
struct setup_header {
	u8 setup_sects;
	u16 root_flags;
	u32 syssize;
	u16 ram_size, vid_mode, root_dev, boot_flag;
	u16 jump;
	u32 header;
	u16 version;
	u32 realmode_swtch;
	u16 start_sys, kernel_version;
	u8 type_of_loader, loadflags;
	u16 setup_move_size;
	u32 code32_start, ramdisk_image, ramdisk_size, bootsect_kludge;
	u16 heap_end_ptr, pad1;
	u32 cmd_line_ptr;
	u32 initrd_addr_max;
	u32 kernel_alignment;
	u8 relocatable_kernel, pad2[3];
	u32 cmdline_size;
	u32 hardware_subarch;
	u64 hardware_subarch_data;
} __packed;

struct boot_params {
	u8 pad0[0x1e8];
	u8 e820_entries;		/* 0x1e8 */
	u8 pad1[0x1f1 - 0x1e9];
	struct setup_header hdr;	/* 0x1f1 */
	u8 pad2[0x2d0 - 0x1f1 - sizeof(struct setup_header)];
	struct e820entry e820_map[E820MAX];	/* 0x2d0 */
	u8 pad3[BOOT_PARAMS_SIZE - 0x2d0 - E820MAX * sizeof(struct e820entry)];
} __packed;

/* The boot parameters the kernel booted with, copied early by setup.c. */
extern struct boot_params boot_params;
extern unsigned long boot_protocol;	/* BOOT_PROTO_* */
extern unsigned long boot_info_phys;	/* EBX (Multiboot) or ESI */

#endif /* __ASSEMBLY__ */

#define BOOT_PROTO_ZEROPAGE	0
#define BOOT_PROTO_MULTIBOOT	1

#endif /* _ASM_I386_BOOTPARAM_H */
