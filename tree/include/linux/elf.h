/*
 * ELF32 executables: the format of the embedded user programs
 *
 * Layouts from the System V ABI (i386 supplement).  kernel/elf.c checks
 * an image completely before kernel/exec.c maps any of it, so a
 * malformed program is refused with a one-line reason.  Also compiled on
 * the host by tests/unit.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _LINUX_ELF_H
#define _LINUX_ELF_H

#include <linux/types.h>

#define EI_NIDENT	16
#define ELFMAG		"\177ELF"
#define ELFCLASS32	1
#define ELFDATA2LSB	1
#define EV_CURRENT	1
#define ET_EXEC		2
#define EM_386		3
#define PT_LOAD		1
#define PF_X		0x1
#define PF_W		0x2
#define PF_R		0x4

struct elf32_hdr {
	u8 e_ident[EI_NIDENT];
	u16 e_type, e_machine;
	u32 e_version, e_entry, e_phoff, e_shoff, e_flags;
	u16 e_ehsize, e_phentsize, e_phnum, e_shentsize, e_shnum, e_shstrndx;
};

struct elf32_phdr {
	u32 p_type, p_offset, p_vaddr, p_paddr, p_filesz, p_memsz;
	u32 p_flags, p_align;
};

#define ELF_MAX_PHDRS	16

/*
 * Checks that image (size bytes) is an i386 executable whose loadable
 * segments lie inside the file and inside [lo, hi), and whose entry
 * point is in an executable segment.  Returns NULL if so, or a short
 * reason ("bad magic", "segment outside user space", ...).
 */
const char *elf_check(const void *image, size_t size, unsigned long lo,
		      unsigned long hi);

#endif /* _LINUX_ELF_H */
