/*
 * Guest image loading: the Launcher's ELF plan
 *
 * lhype loads the guest the way lguest 2.6.23's Launcher did: each
 * PT_LOAD segment of the ELF32 i386 executable (build/vmlinux, the first
 * Multiboot module) is copied to guest-physical p_paddr, its tail up to
 * p_memsz zeroed, and the guest starts at the byte after the string
 * "GenuineLguest" in the loaded image, as a virtual address (+ the page
 * offset p_vaddr - p_paddr).  elf_plan() checks the whole file against
 * the guest's memory before the host copies one byte, and says what to
 * copy where; it touches nothing.  On a refusal plan->why holds one line
 * for "lhype: <module>: <why>".  Pure code: also built for tests/unit and
 * tests/fuzz.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef HV_ELF_H
#define HV_ELF_H

#include "types.h"

#define ELF_PLAN_SEGS		16	/* PT_LOAD segments at most */
#define ELF_PLAN_PHNUM		64	/* program headers at most */
#define ELF_PLAN_LOW		0x2000	/* below: boot params, command line */

/* Copy filesz bytes from the file at offset to paddr; zero to memsz. */
struct elf_seg {
	u32 paddr;
	u32 offset;
	u32 filesz;
	u32 memsz;
};

struct elf_plan {
	unsigned int nsegs;
	struct elf_seg seg[ELF_PLAN_SEGS];	/* in program header order */
	u32 page_offset;	/* p_vaddr - p_paddr where that is not 0 */
	u32 end;		/* the highest paddr + memsz */
	u32 entry_gpa;		/* the byte after "GenuineLguest" */
	u32 entry;		/* entry_gpa + page_offset: the guest's EIP */
	char why[120];		/* the refusal, "" when accepted */
};

/*
 * Plans loading the image image[0..size) into guest memory [0, mem).
 * Every segment lies within the file, within [ELF_PLAN_LOW, mem), apart
 * from the others; those not linked at their physical address share one
 * page offset (0 if none is); the entry lies in a segment's file bytes.
 * Returns 0, or -1 with plan->why set.
 */
int elf_plan(const void *image, size_t size, u32 mem, struct elf_plan *plan);
/* The same, with the entry from e_entry (paging off, physical). */
int elf_plan_pc(const void *image, size_t size, u32 mem,
		struct elf_plan *plan);

#endif /* HV_ELF_H */
