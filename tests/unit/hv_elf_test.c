/*
 * Guest image planner (hv/core/elf.c) host unit test
 *
 * Built by tests/unit/Makefile with hv/core/elf.c and reason.c; run by
 * tests/unit/hv_elf.t.  Builds a small vmlinux-like image with libc's
 * <elf.h> (a text segment holding "GenuineLguest", a data segment with
 * a BSS tail, a PT_GNU_STACK), checks the plan against the layout the
 * test chose, then breaks one thing per case, malformed guest images of
 * issue 9 among them, and expects the reason line word for word.  Every
 * image sits in a heap buffer of its exact size, so ASan fails a read
 * past it.  Last, build/vmlinux (if built) against libc's view of it.
 * SPDX-License-Identifier: GPL-2.0
 */
#define _GNU_SOURCE	/* memmem */
#include <elf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "hv/core/elf.h"
#include "tap.h"

#define MEM		(64u << 20)
#define SIZE		0x400
#define PAGE_OFF	0xc0000000u
#define TEXT_OFF	0x100		/* file offset */
#define TEXT_PA		0x100000u
#define TEXT_SZ		0x200
#define MAGIC_AT	0x40		/* in the text segment */
#define DATA_OFF	0x300
#define DATA_PA		0x101000u
#define DATA_FILESZ	0x100
#define DATA_MEMSZ	0x3000

union image {
	Elf32_Ehdr h;
	unsigned char b[SIZE];
};

static union image good;

static Elf32_Phdr *ph(union image *img, int i)
{
	return (Elf32_Phdr *)(img->b + img->h.e_phoff) + i;
}

static void make_good(void)
{
	int i;

	for (i = 0; i < SIZE; i++)
		good.b[i] = i * 13 + 1;
	memcpy(good.h.e_ident, ELFMAG, SELFMAG);
	good.h.e_ident[EI_CLASS] = ELFCLASS32;
	good.h.e_ident[EI_DATA] = ELFDATA2LSB;
	good.h.e_ident[EI_VERSION] = EV_CURRENT;
	good.h.e_type = ET_EXEC;
	good.h.e_machine = EM_386;
	good.h.e_version = EV_CURRENT;
	good.h.e_entry = 0xc0100000;		/* not what lguest starts at */
	good.h.e_phoff = sizeof(good.h);
	good.h.e_ehsize = sizeof(good.h);
	good.h.e_phentsize = sizeof(Elf32_Phdr);
	good.h.e_phnum = 3;
	good.h.e_shoff = good.h.e_shnum = 0;
	*ph(&good, 0) = (Elf32_Phdr){ PT_LOAD, TEXT_OFF, PAGE_OFF + TEXT_PA,
				      TEXT_PA, TEXT_SZ, TEXT_SZ, PF_R | PF_X,
				      0x1000 };
	*ph(&good, 1) = (Elf32_Phdr){ PT_LOAD, DATA_OFF, PAGE_OFF + DATA_PA,
				      DATA_PA, DATA_FILESZ, DATA_MEMSZ,
				      PF_R | PF_W, 0x1000 };
	*ph(&good, 2) = (Elf32_Phdr){ PT_GNU_STACK, 0, 0, 0, 0, 0,
				      PF_R | PF_W, 16 };
	memcpy(good.b + TEXT_OFF + MAGIC_AT, "GenuineLguest", 13);
}

/* elf_plan() of the first size bytes of img, in an exact heap buffer. */
static int plan_copy(const void *img, size_t size, u32 mem,
		     struct elf_plan *plan)
{
	void *buf = host_malloc(size ? size : 1);
	int r;

	memcpy(buf, img, size);
	r = elf_plan(buf, size, mem, plan);
	host_free(buf);
	return r;
}

static void test_good(void)
{
	struct elf_plan p;

	if (!is_int(plan_copy(&good, SIZE, MEM, &p), 0, "the good image"))
		diag("why: %s", p.why);
	is_str(p.why, "", "accepted: no reason");
	is_int(p.nsegs, 2, "two loadable segments (not PT_GNU_STACK)");
	ok(p.seg[0].paddr == TEXT_PA && p.seg[0].offset == TEXT_OFF &&
	   p.seg[0].filesz == TEXT_SZ && p.seg[0].memsz == TEXT_SZ,
	   "segment 0: the text");
	ok(p.seg[1].paddr == DATA_PA && p.seg[1].offset == DATA_OFF &&
	   p.seg[1].filesz == DATA_FILESZ && p.seg[1].memsz == DATA_MEMSZ,
	   "segment 1: the data and its BSS");
	is_uint(p.page_offset, PAGE_OFF, "page offset");
	is_uint(p.end, DATA_PA + DATA_MEMSZ, "end: after the BSS");
	is_uint(p.entry_gpa, 0x10004d, "entry: 0x100000 + 0x40 + 13");
	is_uint(p.entry, 0xc010004d, "entry + page offset");
	is_int(plan_copy(&good, SIZE, DATA_PA + DATA_MEMSZ, &p), 0,
	       "guest memory ending just after the BSS");
}

/* A segment linked at its load address, like pv386's .head.text. */
static void test_identity_segment(void)
{
	union image img = good;
	struct elf_plan p;

	ph(&img, 0)->p_vaddr = TEXT_PA;
	is_int(plan_copy(&img, SIZE, MEM, &p), 0, "text linked at 1 MiB");
	is_uint(p.page_offset, PAGE_OFF, "text linked at 1 MiB: the data's "
		"page offset");
	is_uint(p.entry, 0xc010004d, "text linked at 1 MiB: entry + the "
		"page offset");
	ph(&img, 1)->p_vaddr = DATA_PA;
	is_int(plan_copy(&img, SIZE, MEM, &p), 0, "all linked at physical");
	ok(p.page_offset == 0 && p.entry == 0x10004d,
	   "all linked at physical: page offset 0");
}

/* One broken image and its reason, word for word. */
static void expect(const union image *img, size_t size, u32 mem,
		   const char *why, const char *name)
{
	struct elf_plan p;
	int r = plan_copy(img, size, mem, &p);

	ok(r == -1 && p.nsegs == 0, "%s: refused", name);
	is_str(p.why, why, "%s: the reason", name);
}

static void test_header(void)
{
	union image img = good;

	expect(&img, 0, MEM, "not an ELF file", "an empty file");
	memcpy(img.b, "#!/bin/sh\n", 10);
	expect(&img, SIZE, MEM, "not an ELF file", "a shell script");
	expect(&good, 40, MEM, "truncated: ELF header past the end",
	       "40 bytes");
	img = good;
	img.h.e_ident[EI_CLASS] = ELFCLASS64;
	expect(&img, SIZE, MEM, "not a 32-bit ELF file", "ELFCLASS64");
	img = good;
	img.h.e_ident[EI_DATA] = ELFDATA2MSB;
	expect(&img, SIZE, MEM, "not a little-endian ELF file", "big-endian");
	img = good;
	img.h.e_type = ET_DYN;
	expect(&img, SIZE, MEM, "not an i386 ELF executable", "ET_DYN");
	img = good;
	img.h.e_machine = EM_X86_64;
	expect(&img, SIZE, MEM, "not an i386 ELF executable", "EM_X86_64");
	img = good;
	img.h.e_phentsize = 56;
	expect(&img, SIZE, MEM, "program header size 56, not 32",
	       "64-bit program headers");
	img = good;
	img.h.e_phnum = 65;
	expect(&img, SIZE, MEM, "too many program headers: 65", "65 phdrs");
	expect(&good, sizeof(good.h) + 2 * 32 + 10, MEM,
	       "truncated: program headers past the end",
	       "cut in the third program header");
	img = good;
	img.h.e_phoff = 0xfffffff0;
	expect(&img, SIZE, MEM, "truncated: program headers past the end",
	       "e_phoff near 4 GiB");
}

static void test_segments(void)
{
	union image img = good;

	expect(&good, SIZE - 1, MEM, "truncated: segment 1's bytes past the end",
	       "one byte short");
	ph(&img, 1)->p_filesz = DATA_MEMSZ + 1;
	expect(&img, SIZE, MEM, "segment 1: p_filesz 0x3001 is larger than "
	       "p_memsz 0x3000", "p_filesz > p_memsz");
	img = good;
	ph(&img, 1)->p_offset = 0xffffff80;
	expect(&img, SIZE, MEM, "truncated: segment 1's bytes past the end",
	       "p_offset + p_filesz wraps");
	img = good;
	ph(&img, 1)->p_memsz = 0xffffff00;
	expect(&img, SIZE, MEM, "segment 1: huge p_memsz 0xffffff00",
	       "huge p_memsz");
	img = good;
	ph(&img, 1)->p_paddr = MEM - 0x1000;
	ph(&img, 1)->p_vaddr = PAGE_OFF + MEM - 0x1000;
	expect(&img, SIZE, MEM, "segment 1 at 0x3fff000 + 0x3000 is outside "
	       "guest memory (64 MiB)", "a segment past the end of memory");
	img = good;
	ph(&img, 1)->p_paddr = 0xfffff000;
	ph(&img, 1)->p_vaddr = PAGE_OFF + 0xfffff000;
	expect(&img, SIZE, MEM, "segment 1 at 0xfffff000 + 0x3000 is outside "
	       "guest memory (64 MiB)", "p_paddr + p_memsz wraps");
	expect(&good, SIZE, DATA_PA + DATA_MEMSZ - 1, "segment 1 at 0x101000 "
	       "+ 0x3000 is outside guest memory (1064959 bytes)",
	       "memory one byte short of the BSS");
	img = good;
	ph(&img, 0)->p_paddr = 0x1000;
	ph(&img, 0)->p_vaddr = PAGE_OFF + 0x1000;
	expect(&img, SIZE, MEM, "segment 0 at 0x1000 + 0x200 is below 0x2000 "
	       "(boot parameters, command line)", "a segment on page 1");
	img = good;
	ph(&img, 1)->p_paddr = TEXT_PA + TEXT_SZ - 1;
	ph(&img, 1)->p_vaddr = PAGE_OFF + TEXT_PA + TEXT_SZ - 1;
	expect(&img, SIZE, MEM, "loadable segments 0 and 1 overlap in guest "
	       "memory", "overlapping segments (one byte)");
	img = good;
	ph(&img, 1)->p_vaddr += 0x1000;
	expect(&img, SIZE, MEM, "segment 1: p_vaddr - p_paddr is 0xc0001000, "
	       "not 0xc0000000 as before", "two page offsets");
	img = good;
	ph(&img, 0)->p_vaddr = TEXT_PA;		/* pv386's .head.text */
	ph(&img, 2)->p_type = PT_LOAD;		/* empty: disjoint */
	ph(&img, 2)->p_paddr = 0x100200;
	ph(&img, 2)->p_vaddr = PAGE_OFF + 0x101200;
	expect(&img, SIZE, MEM, "segment 2: p_vaddr - p_paddr is 0xc0001000, "
	       "not 0xc0000000 as before", "identity, then two offsets");
	img = good;
	ph(&img, 0)->p_type = ph(&img, 1)->p_type = PT_NOTE;
	expect(&img, SIZE, MEM, "no loadable (PT_LOAD) segment", "no PT_LOAD");
}

static void test_entry(void)
{
	union image img = good;
	struct elf_plan p;

	img.b[TEXT_OFF + MAGIC_AT + 12] = 'T';
	expect(&img, SIZE, MEM, "no \"GenuineLguest\" entry in the image",
	       "no GenuineLguest");
	memcpy(img.b + DATA_OFF - 13, "GenuineLguest", 13);
	ph(&img, 0)->p_filesz = TEXT_SZ - 13;	/* still in the file */
	expect(&img, SIZE, MEM, "no \"GenuineLguest\" entry in the image",
	       "GenuineLguest past p_filesz");
	ph(&img, 0)->p_filesz = TEXT_SZ;
	expect(&img, SIZE, MEM, "\"GenuineLguest\" at the very end of a "
	       "segment: no entry after it", "GenuineLguest at the end");

	/* Two: the lower guest-physical address wins, not the first phdr. */
	img = good;
	memcpy(img.b + DATA_OFF + 0x10, "GenuineLguest", 13);
	ph(&img, 1)->p_paddr = 0x80000;
	ph(&img, 1)->p_vaddr = PAGE_OFF + 0x80000;
	is_int(plan_copy(&img, SIZE, MEM, &p), 0, "GenuineLguest twice");
	is_uint(p.entry_gpa, 0x8001d, "the lower one: 0x80000 + 0x10 + 13");
}

static void test_seventeen(void)
{
	static unsigned char img[52 + 17 * 32 + 0x40];
	Elf32_Phdr *p = (Elf32_Phdr *)(img + 52);
	struct elf_plan plan;
	int i;

	memcpy(img, &good, 52);
	((Elf32_Ehdr *)img)->e_phnum = 17;
	for (i = 0; i < 17; i++)
		p[i] = (Elf32_Phdr){ PT_LOAD, 52 + 17 * 32, 0x10000 * (i + 1),
				     0x10000 * (i + 1), 0x40, 0x40, PF_R, 4 };
	memcpy(img + sizeof(img) - 0x40, "GenuineLguest", 13);
	expect((void *)img, sizeof(img), MEM, "more than 16 loadable segments",
	       "17 PT_LOAD");
	((Elf32_Ehdr *)img)->e_phnum = 16;
	is_int(plan_copy(img, sizeof(img), MEM, &plan), 0, "16 PT_LOAD");
	is_int(plan.nsegs, 16, "16 PT_LOAD: all planned");
}

/* Every prefix of the good image is refused: its data ends the file. */
static void test_truncations(void)
{
	struct elf_plan p;
	size_t n;
	int bad = 0;

	for (n = 0; n < SIZE; n++)
		if (plan_copy(&good, n, MEM, &p) != -1 || !p.why[0])
			bad++;
	is_int(bad, 0, "every truncation refused with a reason");
}

/* build/vmlinux as libc's <elf.h> sees it, if it is built. */
static void test_vmlinux(void)
{
	const char *path = getenv("HV_ELF_VMLINUX") ?: "build/vmlinux";
	FILE *f = fopen(path, "rb");
	unsigned char *img;
	Elf32_Phdr *p;
	struct elf_plan plan;
	unsigned int i, n = 0;
	u32 page_offset = 0;
	long size;
	char *magic;

	if (!f) {
		ok(1, "# SKIP %s is not built", path);
		return;
	}
	fseek(f, 0, SEEK_END);
	size = ftell(f);
	rewind(f);
	img = host_malloc(size);
	if (fread(img, 1, size, f) != (size_t)size)
		size = 0;
	fclose(f);
	p = (Elf32_Phdr *)(img + ((Elf32_Ehdr *)img)->e_phoff);
	magic = memmem(img, size, "GenuineLguest", 13);
	if (!magic) {	/* no lhype backend in it yet: add an entry */
		expect((void *)img, size, MEM, "no \"GenuineLguest\" entry in "
		       "the image", path);
		for (i = 0; i < ((Elf32_Ehdr *)img)->e_phnum; i++)
			if (p[i].p_type == PT_LOAD && p[i].p_filesz > 16)
				break;
		memcpy(img + p[i].p_offset, "GenuineLguest", 13);
		magic = (char *)img + p[i].p_offset;
	}
	if (!is_int(plan_copy(img, size, MEM, &plan), 0, "%s", path))
		diag("why: %s", plan.why);
	/* lguest's rule: the page offset of the segments that have one. */
	for (i = 0; i < ((Elf32_Ehdr *)img)->e_phnum; i++)
		if (p[i].p_type == PT_LOAD && p[i].p_vaddr != p[i].p_paddr)
			page_offset = p[i].p_vaddr - p[i].p_paddr;
	for (i = 0; i < ((Elf32_Ehdr *)img)->e_phnum; i++)
		if (p[i].p_type == PT_LOAD &&
		    magic >= (char *)img + p[i].p_offset &&
		    magic < (char *)img + p[i].p_offset + p[i].p_filesz)
			is_uint(plan.entry, p[i].p_paddr + (magic - (char *)img -
				p[i].p_offset) + 13 + page_offset,
				"%s: entry after GenuineLguest", path);
	for (i = 0; i < ((Elf32_Ehdr *)img)->e_phnum; i++)
		if (p[i].p_type == PT_LOAD && n < plan.nsegs)
			ok(plan.seg[n].paddr == p[i].p_paddr &&
			   plan.seg[n++].memsz == p[i].p_memsz,
			   "%s: PT_LOAD at %#x", path, p[i].p_paddr);
	is_int(n, plan.nsegs, "%s: every PT_LOAD planned", path);
	host_free(img);
}

int main(void)
{
	make_good();
	test_good();
	test_identity_segment();
	test_header();
	test_segments();
	test_entry();
	test_seventeen();
	test_truncations();
	test_vmlinux();
	return done_testing();
}
