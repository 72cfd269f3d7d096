/*
 * lhype: loading the guest, as lguest's Launcher did
 *
 * The image (an ELF vmlinux, the first Multiboot module) is copied to
 * guest memory at each PT_LOAD segment's p_paddr; page_offset is
 * p_vaddr - p_paddr; the entry is the byte after "GenuineLguest" in the
 * loaded image, at page_offset.  Guest-physical memory, mem bytes:
 *
 *   0            the boot parameters (Linux's zero page): e820 map,
 *                cmd_line_ptr = 4096, type_of_loader 0xff, subarch 1
 *   4096         the command line
 *   ...          the kernel, where its segments say
 *   lhype_ram    the lguest bus's device page (the end of e820 RAM)
 *   + 4096       the initial page directory and tables: guest RAM at
 *                page_offset (flags 7, no identity map), reserved in
 *                the e820 map so the guest keeps them until it has its
 *                own
 *   mem          the end
 *
 * The guest starts in ring 1 at the entry: CS 0x61, DS, ES and SS 0x69,
 * EFLAGS 0x202, every other register 0 (ESI = 0: the boot parameters),
 * on those page tables.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/string.h>
#include "lhype.h"
#include "../core/elf.h"

u32 lhype_ram;

static void put16(u32 gpa, u16 v)
{
	memcpy(gpa_ptr(gpa, 2), &v, 2);
}

static void put32(u32 gpa, u32 v)
{
	memcpy(gpa_ptr(gpa, 4), &v, 4);
}

static void e820(unsigned int n, u64 addr, u64 size, u32 type)
{
	u32 e = LGUEST_ZP_E820_MAP + n * 20;

	memcpy(gpa_ptr(e, 8), &addr, 8);
	memcpy(gpa_ptr(e + 8, 8), &size, 8);
	put32(e + 16, type);
}

/* The Launcher's page tables: RAM at page_offset, in the top pages. */
static u32 page_tables(u32 page_offset)
{
	u32 ptes = (lhype_ram + (4u << 20) - 1) >> 22;
	u32 pt = lhype_ram + PAGE_SIZE, pgd = pt + ptes * PAGE_SIZE, i;

	for (i = 0; i < lhype_ram / PAGE_SIZE; i++)
		put32(pt + i * 4, i * PAGE_SIZE | 7);
	for (i = 0; i < ptes; i++)
		put32(pgd + ((page_offset >> 22) + i) * 4,
		      (pt + i * PAGE_SIZE) | 7);
	return pgd;
}

void lhype_load(const struct hv_module *m, const char *path,
		const char *cmdline)
{
	struct elf_plan plan;
	u32 mem = guest.mem_size, tables, ptes, pgd, entry;
	unsigned int i;

	/*
	 * The tables take one page per 4 MiB of RAM plus the directory;
	 * size them for all of memory, then give the rest to RAM.
	 */
	ptes = (mem + (4u << 20) - 1) >> 22;
	tables = (ptes + 1) * PAGE_SIZE;
	lhype_ram = mem - tables - PAGE_SIZE;

	if (elf_plan(phys_to_virt(m->start), m->end - m->start, lhype_ram,
		     &plan))
		bad_guest("%s: %s", path, plan.why);
	for (i = 0; i < plan.nsegs; i++) {
		const struct elf_seg *s = &plan.seg[i];

		memcpy(gpa_ptr(s->paddr, s->filesz),
		       (const u8 *)phys_to_virt(m->start) + s->offset,
		       s->filesz);
	}
	entry = plan.entry;
	guest.page_offset = plan.page_offset;

	/* The boot parameters and the command line. */
	e820(0, 0, lhype_ram, 1);
	e820(1, lhype_ram, mem - lhype_ram, 2);
	*(u8 *)gpa_ptr(LGUEST_ZP_E820_ENTRIES, 1) = 2;
	*(u8 *)gpa_ptr(LGUEST_ZP_TYPE_OF_LOADER, 1) = 0xff;
	put32(LGUEST_ZP_CMD_LINE_PTR, LGUEST_CMDLINE);
	put32(LGUEST_ZP_HARDWARE_SUBARCH, 1);
	strlcpy(gpa_ptr(LGUEST_CMDLINE, LGUEST_CMDLINE_MAX), cmdline,
		LGUEST_CMDLINE_MAX);
	(void)put16;

	devices_init();
	pgd = page_tables(plan.page_offset);
	guest.paging = true;		/* the Launcher turned it on */
	shadow_new_pgtable(pgd);

	memset(guest.regs, 0, sizeof(*guest.regs));
	guest.regs->eip = entry;
	guest.regs->cs = LGUEST_KERNEL_CS;
	guest.regs->ds = guest.regs->es = guest.regs->ss = LGUEST_KERNEL_DS;
	guest.regs->eflags = LGUEST_INITIAL_EFLAGS;
}
