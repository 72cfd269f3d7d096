/*
 * Guest image loading: the Launcher's ELF plan
 *
 * elf_plan() (hv/core/elf.h) reads the ELF header and program headers
 * byte by byte, little-endian, checking each offset and sum against the
 * file's size and the guest's memory in 64-bit arithmetic, so that no
 * field can make it read past the module or plan a copy past guest
 * memory.  Like lguest's Launcher, it takes the page offset from the
 * segments linked above their load address; a segment linked at its
 * physical address (pv386's .head.text, the native Multiboot entry) is
 * loaded all the same.  Then it finds the entry as the Launcher did:
 * the first "GenuineLguest" in the loaded image, by guest-physical
 * address.  The
 * host (hv/lhype) copies the segments as planned and builds the boot
 * parameters in the pages below ELF_PLAN_LOW.
 * SPDX-License-Identifier: GPL-2.0
 */
#include "elf.h"
#include "reason.h"
#include <linux/lguest.h>

/* ELF32 (System V ABI, i386 supplement): the fields elf_plan() reads. */
#define EHDR_SIZE	52
#define E_TYPE		16
#define E_MACHINE	18
#define E_VERSION	20
#define E_PHOFF		28
#define E_PHENTSIZE	42
#define E_PHNUM		44
#define PHDR_SIZE	32
#define P_TYPE		0
#define P_OFFSET	4
#define P_VADDR		8
#define P_PADDR		12
#define P_FILESZ	16
#define P_MEMSZ		20
#define ET_EXEC		2
#define EM_386		3
#define PT_LOAD		1

static u32 rd16(const u8 *p)
{
	return p[0] | p[1] << 8;
}

static u32 rd32(const u8 *p)
{
	return p[0] | p[1] << 8 | p[2] << 16 | (u32)p[3] << 24;
}

/* The ELF header: identity, type, machine, the program header table. */
static int check_header(const u8 *img, size_t size, struct reason *r)
{
	static const u8 ident[7] = { 0x7f, 'E', 'L', 'F', 1, 1, 1 };
	unsigned int i;

	if (size < 4 || img[0] != 0x7f || img[1] != 'E' || img[2] != 'L' ||
	    img[3] != 'F') {
		reason_str(r, "not an ELF file");
		return -1;
	}
	if (size < EHDR_SIZE) {
		reason_str(r, "truncated: ELF header past the end");
		return -1;
	}
	for (i = 4; i < 7; i++)
		if (img[i] != ident[i]) {
			reason_str(r, i == 4 ? "not a 32-bit ELF file" :
				   i == 5 ? "not a little-endian ELF file" :
				   "unknown ELF version");
			return -1;
		}
	if (rd16(img + E_TYPE) != ET_EXEC || rd16(img + E_MACHINE) != EM_386) {
		reason_str(r, "not an i386 ELF executable");
		return -1;
	}
	if (rd16(img + E_PHENTSIZE) != PHDR_SIZE) {
		reason_str(r, "program header size ");
		reason_dec(r, rd16(img + E_PHENTSIZE));
		reason_str(r, ", not 32");
		return -1;
	}
	if (rd16(img + E_PHNUM) > ELF_PLAN_PHNUM) {
		reason_str(r, "too many program headers: ");
		reason_dec(r, rd16(img + E_PHNUM));
		return -1;
	}
	if ((u64)rd32(img + E_PHOFF) + rd16(img + E_PHNUM) * PHDR_SIZE > size) {
		reason_str(r, "truncated: program headers past the end");
		return -1;
	}
	return 0;
}

/* "segment 2 at 0x100000 + 0x4000000" */
static void seg_at(struct reason *r, unsigned int i, u32 paddr, u32 memsz)
{
	reason_str(r, "segment ");
	reason_dec(r, i);
	reason_str(r, " at ");
	reason_hex(r, paddr);
	reason_str(r, " + ");
	reason_hex(r, memsz);
}

/* One PT_LOAD header, program header i, against file and memory. */
static int check_seg(const u8 *ph, unsigned int i, size_t size, u32 mem,
		     struct elf_seg *s, struct reason *r)
{
	s->offset = rd32(ph + P_OFFSET);
	s->paddr = rd32(ph + P_PADDR);
	s->filesz = rd32(ph + P_FILESZ);
	s->memsz = rd32(ph + P_MEMSZ);
	if (s->filesz > s->memsz) {
		reason_str(r, "segment ");
		reason_dec(r, i);
		reason_str(r, ": p_filesz ");
		reason_hex(r, s->filesz);
		reason_str(r, " is larger than p_memsz ");
		reason_hex(r, s->memsz);
		return -1;
	}
	if ((u64)s->offset + s->filesz > size) {
		reason_str(r, "truncated: segment ");
		reason_dec(r, i);
		reason_str(r, "'s bytes past the end");
		return -1;
	}
	if (s->memsz > mem) {
		reason_str(r, "segment ");
		reason_dec(r, i);
		reason_str(r, ": huge p_memsz ");
		reason_hex(r, s->memsz);
		return -1;
	}
	if ((u64)s->paddr + s->memsz > mem || s->paddr < ELF_PLAN_LOW) {
		seg_at(r, i, s->paddr, s->memsz);
		if (s->paddr < ELF_PLAN_LOW) {
			reason_str(r, " is below ");
			reason_hex(r, ELF_PLAN_LOW);
			reason_str(r, " (boot parameters, command line)");
		} else {
			reason_str(r, " is outside guest memory (");
			reason_size(r, mem);
			reason_str(r, ")");
		}
		return -1;
	}
	return 0;
}

/* The PT_LOAD segments into plan->seg, one page offset for all. */
static int collect(const u8 *img, size_t size, u32 mem,
		   struct elf_plan *plan, struct reason *r)
{
	unsigned int phnum = rd16(img + E_PHNUM), i;
	const u8 *ph;
	u32 off;

	for (i = 0; i < phnum; i++) {
		ph = img + rd32(img + E_PHOFF) + i * PHDR_SIZE;
		if (rd32(ph + P_TYPE) != PT_LOAD)
			continue;
		if (plan->nsegs == ELF_PLAN_SEGS) {
			reason_str(r, "more than 16 loadable segments");
			return -1;
		}
		if (check_seg(ph, i, size, mem, &plan->seg[plan->nsegs], r))
			return -1;
		off = rd32(ph + P_VADDR) - rd32(ph + P_PADDR);
		if (off && plan->page_offset && off != plan->page_offset) {
			reason_str(r, "segment ");
			reason_dec(r, i);
			reason_str(r, ": p_vaddr - p_paddr is ");
			reason_hex(r, off);
			reason_str(r, ", not ");
			reason_hex(r, plan->page_offset);
			reason_str(r, " as before");
			return -1;
		}
		if (off)
			plan->page_offset = off;
		plan->nsegs++;
	}
	if (!plan->nsegs) {
		reason_str(r, "no loadable (PT_LOAD) segment");
		return -1;
	}
	return 0;
}

/* Segments in guest memory: disjoint (a in b's range or b in a's). */
static int check_overlap(struct elf_plan *plan, struct reason *r)
{
	const struct elf_seg *a, *b;
	unsigned int i, j;

	plan->end = 0;
	for (i = 0; i < plan->nsegs; i++) {
		a = &plan->seg[i];
		if (a->paddr + a->memsz > plan->end)
			plan->end = a->paddr + a->memsz;
		for (j = i + 1; j < plan->nsegs; j++) {
			b = &plan->seg[j];
			if (a->paddr < b->paddr + b->memsz &&
			    b->paddr < a->paddr + a->memsz) {
				reason_str(r, "loadable segments ");
				reason_dec(r, i);
				reason_str(r, " and ");
				reason_dec(r, j);
				reason_str(r, " overlap in guest memory");
				return -1;
			}
		}
	}
	return 0;
}

/* The first "GenuineLguest" in a segment's file bytes: its offset. */
static bool find_magic(const u8 *img, const struct elf_seg *s, u32 *at)
{
	const char *magic = LGUEST_BOOT_MAGIC;
	u32 i, j;

	for (i = 0; i + LGUEST_BOOT_MAGIC_LEN <= s->filesz; i++) {
		for (j = 0; j < LGUEST_BOOT_MAGIC_LEN; j++)
			if (img[s->offset + i + j] != (u8)magic[j])
				break;
		if (j == LGUEST_BOOT_MAGIC_LEN) {
			*at = i;
			return true;
		}
	}
	return false;
}

/* The entry: after the lowest "GenuineLguest" in guest memory. */
static int find_entry(const u8 *img, struct elf_plan *plan,
		      struct reason *r)
{
	const struct elf_seg *s, *best = NULL;
	u32 at, best_at = 0;
	unsigned int i;

	for (i = 0; i < plan->nsegs; i++) {
		s = &plan->seg[i];
		if (best && s->paddr > best->paddr)
			continue;
		if (find_magic(img, s, &at)) {
			best = s;
			best_at = at;
		}
	}
	if (!best) {
		reason_str(r, "no \"" LGUEST_BOOT_MAGIC "\" entry in the image");
		return -1;
	}
	if (best_at + LGUEST_BOOT_MAGIC_LEN >= best->filesz) {
		reason_str(r, "\"" LGUEST_BOOT_MAGIC "\" at the very end of a "
			   "segment: no entry after it");
		return -1;
	}
	plan->entry_gpa = best->paddr + best_at + LGUEST_BOOT_MAGIC_LEN;
	plan->entry = plan->entry_gpa + plan->page_offset;
	return 0;
}

int elf_plan(const void *image, size_t size, u32 mem, struct elf_plan *plan)
{
	const u8 *img = image;
	struct reason r;

	*plan = (struct elf_plan){ 0 };
	reason_init(&r, plan->why, sizeof(plan->why));
	if (check_header(img, size, &r) || collect(img, size, mem, plan, &r) ||
	    check_overlap(plan, &r) || find_entry(img, plan, &r)) {
		plan->nsegs = 0;	/* nothing to load */
		return -1;
	}
	return 0;
}

/*
 * The same checks, for an image started as a PC starts it (the VMI
 * host, the Linux 32-bit boot protocol, paging off): the entry is the
 * ELF header's e_entry, which must be a guest-physical address inside
 * a loaded segment's file bytes.
 */
int elf_plan_pc(const void *image, size_t size, u32 mem,
		struct elf_plan *plan)
{
	const u8 *img = image;
	struct reason r;
	unsigned int i;
	u32 entry;

	*plan = (struct elf_plan){ 0 };
	reason_init(&r, plan->why, sizeof(plan->why));
	if (check_header(img, size, &r) || collect(img, size, mem, plan, &r) ||
	    check_overlap(plan, &r))
		goto bad;
	entry = img[24] | img[25] << 8 | img[26] << 16 | (u32)img[27] << 24;
	for (i = 0; i < plan->nsegs; i++)
		if (entry >= plan->seg[i].paddr &&
		    entry - plan->seg[i].paddr < plan->seg[i].filesz) {
			plan->entry_gpa = plan->entry = entry;
			return 0;
		}
	reason_str(&r, "the entry point ");
	reason_hex(&r, entry);
	reason_str(&r, " is not in a loaded segment (a physical address)");
bad:
	plan->nsegs = 0;
	return -1;
}
