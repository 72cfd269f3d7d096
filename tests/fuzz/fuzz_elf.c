/*
 * Host-side fuzzing target: the guest image planner (hv/core/elf.c)
 *
 * The guest image is the first Multiboot module, and lhype must refuse
 * a malformed one with a reason, never read past it or plan a copy
 * outside guest memory.  Each input is planned for 64 MiB of guest
 * memory and for a size taken from its last byte (64 KiB steps).
 * Invariants of an accepted plan: 1 to 16 segments, each within the
 * file and within guest memory above the boot pages, filesz <= memsz,
 * disjoint, end their highest address, and "GenuineLguest" right before
 * the entry in a segment's file bytes; of a refusal: a printable,
 * terminated reason.  Seeds: small vmlinux-like images.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <string.h>
#include "fuzz.h"
#include "hv/core/elf.h"

#define SEED_SIZE	0x300

static void put16(u8 *p, u32 v)
{
	p[0] = v;
	p[1] = v >> 8;
}

static void put32(u8 *p, u32 v)
{
	put16(p, v);
	put16(p + 2, v >> 16);
}

static void phdr(u8 *p, u32 type, u32 off, u32 vaddr, u32 paddr,
		 u32 filesz, u32 memsz)
{
	put32(p, type);
	put32(p + 4, off);
	put32(p + 8, vaddr);
	put32(p + 12, paddr);
	put32(p + 16, filesz);
	put32(p + 20, memsz);
	put32(p + 24, 5);
	put32(p + 28, 0x1000);
}

/* ELF header and phnum program headers; text at 0x100, data at 0x200. */
static void image(u8 *img, unsigned int phnum, u32 page_offset,
		  u32 magic_at)
{
	static const u8 ident[] = { 0x7f, 'E', 'L', 'F', 1, 1, 1 };
	unsigned int i;

	for (i = 0; i < SEED_SIZE; i++)
		img[i] = i * 7;
	memset(img, 0, 52);
	memcpy(img, ident, sizeof(ident));
	put16(img + 16, 2);		/* ET_EXEC */
	put16(img + 18, 3);		/* EM_386 */
	put32(img + 20, 1);
	put32(img + 28, 52);		/* e_phoff */
	put16(img + 40, 52);
	put16(img + 42, 32);
	put16(img + 44, phnum);
	phdr(img + 52, 1, 0x100, 0x100000, 0x100000, 0x100, 0x100);
	phdr(img + 84, 1, 0x200, page_offset + 0x101000, 0x101000, 0x100,
	     0x4000);
	phdr(img + 116, 0x6474e551, 0, 0, 0, 0, 0);	/* PT_GNU_STACK */
	memcpy(img + magic_at, "GenuineLguest", 13);
}

static void seeds(void)
{
	u8 img[SEED_SIZE];

	image(img, 3, 0xc0000000, 0x120);
	fuzz_seed(img, sizeof(img));
	image(img, 2, 0xc0000000, 0x250);
	fuzz_seed(img, sizeof(img));
	image(img, 2, 0, 0x1f0);
	fuzz_seed(img, sizeof(img));
	image(img, 3, 0x80000000, 0x2f0);
	fuzz_seed(img, sizeof(img));
}

static void check_refusal(const struct elf_plan *p)
{
	size_t i;

	FUZZ_CHECK(p->nsegs == 0 && p->why[0]);
	for (i = 0; i < sizeof(p->why) && p->why[i]; i++)
		FUZZ_CHECK(p->why[i] >= ' ' && p->why[i] < 0x7f);
	FUZZ_CHECK(i < sizeof(p->why));
}

/* The entry: right after "GenuineLguest" in some segment's file bytes. */
static bool entry_ok(const u8 *data, const struct elf_plan *p)
{
	const struct elf_seg *s;
	u32 at = p->entry_gpa - 13;
	unsigned int i;

	for (i = 0; i < p->nsegs; i++) {
		s = &p->seg[i];
		if (at >= s->paddr && (u64)at + 13 < (u64)s->paddr + s->filesz)
			return !memcmp(data + s->offset + (at - s->paddr),
				       "GenuineLguest", 13);
	}
	return false;
}

static void check_plan(const u8 *data, size_t len, u32 mem,
		       const struct elf_plan *p)
{
	const struct elf_seg *a, *b;
	unsigned int i, j;
	u64 end = 0;

	FUZZ_CHECK(p->nsegs >= 1 && p->nsegs <= ELF_PLAN_SEGS && !p->why[0]);
	for (i = 0; i < p->nsegs; i++) {
		a = &p->seg[i];
		FUZZ_CHECK((u64)a->offset + a->filesz <= len);
		FUZZ_CHECK(a->filesz <= a->memsz);
		FUZZ_CHECK(a->paddr >= ELF_PLAN_LOW);
		FUZZ_CHECK((u64)a->paddr + a->memsz <= mem);
		if ((u64)a->paddr + a->memsz > end)
			end = (u64)a->paddr + a->memsz;
		for (j = 0; j < i; j++) {
			b = &p->seg[j];
			FUZZ_CHECK(a->paddr >= b->paddr + b->memsz ||
				   b->paddr >= a->paddr + a->memsz);
		}
	}
	FUZZ_CHECK(p->end == end);
	FUZZ_CHECK(entry_ok(data, p));
	FUZZ_CHECK(p->entry == p->entry_gpa + p->page_offset);
}

static bool run(const u8 *data, size_t len)
{
	u32 mems[2] = { 64u << 20, len ? (data[len - 1] + 1u) << 16 : 0 };
	struct elf_plan p;
	bool accepted = false;
	int i;

	for (i = 0; i < 2; i++) {
		if (elf_plan(data, len, mems[i], &p)) {
			check_refusal(&p);
			continue;
		}
		check_plan(data, len, mems[i], &p);
		accepted = true;
	}
	return accepted;
}

const struct fuzz_target fuzz_target = {
	.name = "elf",
	.max_len = 2048,
	.seeds = seeds,
	.run = run,
};
