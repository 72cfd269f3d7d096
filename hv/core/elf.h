/*
 * Hypervisor core: planning the load of a guest's ELF image
 * (interim; superseded by the full planner)
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef HV_ELF_H
#define HV_ELF_H

#include "types.h"

#define ELF_MAX_SEGS	8

struct elf_seg {
	u32 paddr, offset, filesz, memsz;
};

struct elf_plan {
	unsigned int nr;
	struct elf_seg seg[ELF_MAX_SEGS];
	u32 page_offset;
};

const char *elf_plan(const u8 *img, u32 len, u32 mem, struct elf_plan *p);
const char *elf_find_entry(const struct elf_plan *p, const u8 *mem,
			   const char *magic, u32 *entry);

#endif
