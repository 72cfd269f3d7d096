/*
 * vmihost: loading the guest as a PC's boot loader does
 *
 * The Linux 32-bit boot protocol: the kernel's ELF segments at their
 * physical addresses, the boot parameters (the zero page) at 0x90000
 * with the command line after them, the e820 map with the legacy hole
 * and the option-ROM area reserved, and the CPU as the protocol
 * leaves it: protected mode, paging off, flat segments, interrupts
 * off, ESI = the zero page, EIP = the ELF entry.  Only the ring is not
 * the protocol's: the guest starts in ring 1, so the host sees every
 * privileged instruction it executes (emulate.c).
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/string.h>
#include "vmihost.h"
#include "../core/elf.h"
#include <linux/vmi_host.h>

extern const u8 vmihost_rom[], vmihost_rom_end[];

#define ZP_E820_ENTRIES		0x1e8
#define ZP_BOOT_FLAG		0x1fe
#define ZP_HEADER		0x202
#define ZP_VERSION		0x206
#define ZP_TYPE_OF_LOADER	0x210
#define ZP_LOADFLAGS		0x211
#define ZP_CODE32_START		0x214
#define ZP_CMD_LINE_PTR		0x228
#define ZP_CMDLINE_SIZE		0x238
#define ZP_E820_MAP		0x2d0

static void put(u32 gpa, const void *p, u32 n)
{
	memcpy(gpa_ptr(gpa, n), p, n);
}

static void put32(u32 gpa, u32 v)
{
	put(gpa, &v, 4);
}

static void e820(unsigned int n, u64 addr, u64 size, u32 type)
{
	u32 e = VMIHOST_ZERO_PAGE + ZP_E820_MAP + n * 20;

	put(e, &addr, 8);
	put(e + 8, &size, 8);
	put32(e + 16, type);
}

void vmihost_load(const struct hv_module *m, const char *path,
		  const char *cmdline)
{
	static struct elf_plan plan;
	const u8 *img = phys_to_virt(m->start);
	u32 zp = VMIHOST_ZERO_PAGE;
	unsigned int i;
	u16 flag = 0xaa55, version = 0x0206;
	u8 one = 1, loader = 0xff;

	if (elf_plan_pc(img, m->end - m->start, guest.mem_size, &plan))
		bad_guest("%s: %s", path, plan.why);
	for (i = 0; i < plan.nsegs; i++) {
		if (plan.seg[i].paddr < 0x100000)
			bad_guest("%s: segment %u at %#x is below 1 MiB, where "
				  "a PC has its BIOS data and ROMs", path, i,
				  plan.seg[i].paddr);
		put(plan.seg[i].paddr, img + plan.seg[i].offset,
		    plan.seg[i].filesz);
	}
	if (strlen(cmdline) >= VMIHOST_CMDLINE_MAX)
		bad_guest("the guest command line is %u bytes, the limit is %u",
			  (unsigned int)strlen(cmdline), VMIHOST_CMDLINE_MAX - 1);

	e820(0, 0, 0x9fc00, 1);
	e820(1, 0x9fc00, 0x100000 - 0x9fc00, 2);	/* EBDA, VGA, ROMs */
	e820(2, 0x100000, guest.mem_size - 0x100000, 1);
	put(zp + ZP_E820_ENTRIES, &(u8){ 3 }, 1);
	put(zp + ZP_BOOT_FLAG, &flag, 2);
	put32(zp + ZP_HEADER, 0x53726448);		/* "HdrS" */
	put(zp + ZP_VERSION, &version, 2);
	put(zp + ZP_TYPE_OF_LOADER, &loader, 1);
	put(zp + ZP_LOADFLAGS, &one, 1);		/* loaded high */
	put32(zp + ZP_CODE32_START, plan.entry);
	put32(zp + ZP_CMD_LINE_PTR, VMIHOST_CMDLINE);
	put32(zp + ZP_CMDLINE_SIZE, VMIHOST_CMDLINE_MAX - 1);
	put(VMIHOST_CMDLINE, cmdline, strlen(cmdline) + 1);

	/*
	 * Our VMI ROM where a PC's option ROMs are, and the whole option-ROM
	 * area ROM: never writable for the guest.
	 */
	put(VMIHOST_ROM_BASE, vmihost_rom, vmihost_rom_end - vmihost_rom);
	guest.ro_start = VMIHOST_ROM_BASE;
	guest.ro_end = VMI_HOST_SHARED_PHYS;	/* the shared page: writable */

	/*
	 * Where the kernel maps RAM, as its ELF says (p_vaddr - p_paddr);
	 * the shadows share what is mapped above it (hv/core/shadow.c).
	 */
	guest.page_offset = plan.page_offset ? plan.page_offset :
					       VMIHOST_PAGE_OFFSET;
	vcpu.cr0 = 0x11;				/* PE, ET */
	guest.paging = false;
	shadow_new_pgtable(1);				/* identity */
	memset(guest.regs, 0, sizeof(*guest.regs));
	guest.regs->eip = plan.entry;
	guest.regs->esi = zp;
	guest.regs->cs = LGUEST_KERNEL_CS;
	guest.regs->ds = guest.regs->es = guest.regs->ss = LGUEST_KERNEL_DS;
	guest.regs->eflags = 0x2;
}
