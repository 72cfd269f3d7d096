/*
 * ELF32 executable validation
 *
 * kernel/exec.c calls elf_check() before mapping anything, so it can
 * trust every header field afterwards.  Pure code: also compiled on the
 * host by tests/unit, which feeds it malformed images.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/elf.h>
#include <linux/string.h>

BUILD_BUG_ON(sizeof(struct elf32_hdr) != 52);
BUILD_BUG_ON(sizeof(struct elf32_phdr) != 32);

static const char *check_header(const struct elf32_hdr *h, size_t size)
{
	if (size < sizeof(*h) || memcmp(h->e_ident, ELFMAG, 4))
		return "bad magic";
	if (h->e_ident[4] != ELFCLASS32 || h->e_ident[5] != ELFDATA2LSB)
		return "not a 32-bit little-endian ELF";
	if (h->e_type != ET_EXEC || h->e_machine != EM_386)
		return "not an i386 executable";
	if (h->e_phentsize != sizeof(struct elf32_phdr) || !h->e_phnum ||
	    h->e_phnum > ELF_MAX_PHDRS)
		return "bad program header table";
	if (h->e_phoff > size ||
	    h->e_phnum * sizeof(struct elf32_phdr) > size - h->e_phoff)
		return "program headers outside the file";
	return NULL;
}

static const char *check_segment(const struct elf32_phdr *p, size_t size,
				 unsigned long lo, unsigned long hi)
{
	if (p->p_offset > size || p->p_filesz > size - p->p_offset)
		return "segment outside the file";
	if (p->p_filesz > p->p_memsz)
		return "segment file size exceeds memory size";
	if (p->p_vaddr < lo || p->p_vaddr > hi || p->p_memsz > hi - p->p_vaddr)
		return "segment outside user space";
	return NULL;
}

const char *elf_check(const void *image, size_t size, unsigned long lo,
		      unsigned long hi)
{
	const struct elf32_hdr *h = image;
	const struct elf32_phdr *ph;
	const char *err = check_header(h, size);
	bool entry_ok = false, any = false;
	int i;

	if (err)
		return err;
	ph = (const struct elf32_phdr *)((const char *)image + h->e_phoff);
	for (i = 0; i < h->e_phnum; i++) {
		if (ph[i].p_type != PT_LOAD)
			continue;
		err = check_segment(&ph[i], size, lo, hi);
		if (err)
			return err;
		any = true;
		if ((ph[i].p_flags & PF_X) && h->e_entry >= ph[i].p_vaddr &&
		    h->e_entry - ph[i].p_vaddr < ph[i].p_memsz)
			entry_ok = true;
	}
	if (!any)
		return "no loadable segment";
	if (!entry_ok)
		return "entry point outside executable segments";
	return NULL;
}
