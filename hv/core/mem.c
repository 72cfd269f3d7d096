/*
 * Hypervisor core: physical memory, from the Multiboot information
 *
 * mem_init() reads what the loader says: the RAM above 1 MiB, the
 * host's command line and its modules (the guest image).  Everything
 * above the host, the modules and the loader's strings is free: the
 * ABI reserves the guest's memory there first (mem_reserve), and
 * page_alloc() takes the host's own pages (shadow page tables) after
 * it.  All of it is identity-mapped in the host (boot.S).
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/string.h>
#include "hv.h"

#define MB_BOOTLOADER_MAGIC	0x2badb002
#define MB_INFO_MEMORY		0x001
#define MB_INFO_CMDLINE		0x004
#define MB_INFO_MODS		0x008

struct multiboot_info {
	u32 flags;
	u32 mem_lower, mem_upper;		/* KiB below 1 MiB, above */
	u32 boot_device;
	u32 cmdline;
	u32 mods_count, mods_addr;
};

struct mb_module {
	u32 start, end;
	u32 string;
	u32 reserved;
};

#define MAX_MODULES	4

extern char __hv_end[];

static u32 ram_top, free_start;
static const char *cmdline = "";
static struct hv_module modules[MAX_MODULES];
static unsigned int nr_modules;

static void above(u32 end)
{
	if (end > free_start)
		free_start = end;
}

static u32 string_end(u32 pa)
{
	return pa + strnlen(phys_to_virt(pa), 4096) + 1;
}

void mem_init(u32 magic, u32 mbi_phys)
{
	const struct multiboot_info *mbi = phys_to_virt(mbi_phys);
	const struct mb_module *mod;
	unsigned int i;

	if (magic != MB_BOOTLOADER_MAGIC)
		hv_panic("not started by a Multiboot loader (magic %#x)", magic);
	if (!(mbi->flags & MB_INFO_MEMORY))
		hv_panic("the loader gave no memory size");
	ram_top = 0x100000 + mbi->mem_upper * 1024;
	if (ram_top > HV_IDENT_LIMIT || ram_top < 0x100000)
		ram_top = HV_IDENT_LIMIT;
	free_start = hv_virt_to_phys(__hv_end);
	above(mbi_phys + sizeof(*mbi));
	if (mbi->flags & MB_INFO_CMDLINE) {
		cmdline = phys_to_virt(mbi->cmdline);
		above(string_end(mbi->cmdline));
	}
	if (mbi->flags & MB_INFO_MODS) {
		mod = phys_to_virt(mbi->mods_addr);
		above(mbi->mods_addr + mbi->mods_count * sizeof(*mod));
		for (i = 0; i < mbi->mods_count; i++) {
			above(mod[i].end);
			if (mod[i].string)
				above(string_end(mod[i].string));
			if (i >= MAX_MODULES)
				continue;
			modules[i].start = mod[i].start;
			modules[i].end = mod[i].end;
			modules[i].string = mod[i].string ?
				phys_to_virt(mod[i].string) : NULL;
			nr_modules++;
		}
	}
	free_start = (free_start + PAGE_SIZE - 1) & PAGE_MASK;
	if (free_start >= ram_top)
		hv_panic("no memory left above the host and its modules");
}

u32 mem_ram_top(void)
{
	return ram_top;
}

u32 mem_free_bytes(void)
{
	return ram_top - free_start;
}

bool mem_module(unsigned int n, struct hv_module *m)
{
	if (n >= nr_modules)
		return false;
	*m = modules[n];
	return true;
}

const char *mem_cmdline(void)
{
	return cmdline;
}

u32 mem_reserve(u32 bytes, u32 align)
{
	u32 start = (free_start + align - 1) & ~(align - 1);

	if (start < free_start || start > ram_top || ram_top - start < bytes)
		return 0;
	free_start = start + bytes;
	return start;
}

/* --- the host's pages --------------------------------------------------- */

#define CHUNK	(256 * 1024)

static u32 free_list, chunk, chunk_end;
static unsigned int nr_free;

u32 page_alloc(void)
{
	u32 pa;

	if (free_list) {
		pa = free_list;
		free_list = *(u32 *)phys_to_virt(pa);
		nr_free--;
	} else {
		if (chunk == chunk_end) {
			chunk = mem_reserve(CHUNK, PAGE_SIZE);
			if (!chunk)
				hv_panic("out of memory for the host's pages");
			chunk_end = chunk + CHUNK;
		}
		pa = chunk;
		chunk += PAGE_SIZE;
	}
	clear_words(phys_to_virt(pa), PAGE_SIZE);
	return pa;
}

void page_free(u32 pa)
{
	*(u32 *)phys_to_virt(pa) = free_list;
	free_list = pa;
	nr_free++;
}

unsigned int pages_free(void)
{
	return nr_free + (chunk_end - chunk) / PAGE_SIZE;
}
