/*
 * Hypervisor core: planning the load of a guest's ELF image (interim)
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/string.h>
#include "elf.h"

struct ehdr {
	u8 ident[16];
	u16 type, machine;
	u32 version, entry, phoff, shoff, flags;
	u16 ehsize, phentsize, phnum, shentsize, shnum, shstrndx;
};

struct phdr {
	u32 type, offset, vaddr, paddr, filesz, memsz, flags, align;
};

const char *elf_plan(const u8 *img, u32 len, u32 mem, struct elf_plan *p)
{
	const struct ehdr *eh = (const void *)img;
	const struct phdr *ph;
	unsigned int i;

	memset(p, 0, sizeof(*p));
	if (len < sizeof(*eh) || memcmp(img, "\177ELF\1\1", 6))
		return "not a 32-bit ELF file";
	if (eh->phentsize != sizeof(*ph) || eh->phoff > len ||
	    eh->phnum * sizeof(*ph) > len - eh->phoff)
		return "truncated: program headers past the end";
	ph = (const void *)(img + eh->phoff);
	for (i = 0; i < eh->phnum; i++) {
		if (ph[i].type != 1)
			continue;
		if (p->nr == ELF_MAX_SEGS)
			return "too many segments";
		if (ph[i].offset > len || ph[i].filesz > len - ph[i].offset ||
		    ph[i].filesz > ph[i].memsz || ph[i].paddr > mem ||
		    ph[i].memsz > mem - ph[i].paddr)
			return "a segment is outside the file or guest memory";
		if (p->nr && ph[i].vaddr - ph[i].paddr != p->page_offset)
			return "segments disagree on page_offset";
		p->page_offset = ph[i].vaddr - ph[i].paddr;
		p->seg[p->nr].paddr = ph[i].paddr;
		p->seg[p->nr].offset = ph[i].offset;
		p->seg[p->nr].filesz = ph[i].filesz;
		p->seg[p->nr].memsz = ph[i].memsz;
		p->nr++;
	}
	if (!p->nr)
		return "no loadable segment";
	return NULL;
}

const char *elf_find_entry(const struct elf_plan *p, const u8 *mem,
			   const char *magic, u32 *entry)
{
	u32 n = strlen(magic), i, j;

	for (i = 0; i < p->nr; i++)
		for (j = 0; j + n <= p->seg[i].filesz; j++)
			if (!memcmp(mem + p->seg[i].paddr + j, magic, n)) {
				*entry = p->seg[i].paddr + j + n +
					 p->page_offset;
				return NULL;
			}
	return "no \"GenuineLguest\" entry";
}
