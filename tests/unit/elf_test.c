/*
 * ELF32 executable validation (kernel/elf.c) host unit test
 *
 * Built by tests/unit/Makefile with the tree's kernel/elf.c and
 * lib/string.c; run by tests/unit/elf.t.  Starts from one valid i386
 * executable (text and data segments, 16-slot program header table) and
 * breaks one field per case, expecting elf_check()'s reason string; then
 * every truncation and a few thousand random header mutations, each image
 * in a heap buffer of its exact size, so ASan fails any read past it.
 * kernel/exec.c maps whatever elf_check() accepts.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/elf.h>
#include "tap.h"

#define LO		0x08048000ul	/* as exec.c: USER_BASE & PAGE_MASK */
#define HI		0x40000000ul
#define IMAGE_SIZE	0x400
#define TEXT_VADDR	0x08048000u
#define TEXT_SIZE	0x300		/* file offset 0: headers + code */
#define DATA_VADDR	0x0804a300u
#define DATA_FILESZ	0x100		/* file offset 0x300 up to the end */
#define DATA_MEMSZ	0x2000
#define ENTRY		0x08048200u

union image {
	struct elf32_hdr h;
	unsigned char b[IMAGE_SIZE];
};

/* The valid image: header, phdr[0] text (R X), phdr[1] data (R W). */
static union image good;

static struct elf32_phdr *good_ph(int i)
{
	return (struct elf32_phdr *)(good.b + sizeof(good.h)) + i;
}

static void make_good(void)
{
	static const unsigned char ident[EI_NIDENT] = {
		0x7f, 'E', 'L', 'F', ELFCLASS32, ELFDATA2LSB, EV_CURRENT
	};
	struct elf32_phdr *ph = good_ph(0);
	int i;

	for (i = 0; i < IMAGE_SIZE; i++)
		good.b[i] = i * 7;	/* code and data: anything */
	for (i = 0; i < EI_NIDENT; i++)
		good.h.e_ident[i] = ident[i];
	good.h.e_type = ET_EXEC;
	good.h.e_machine = EM_386;
	good.h.e_version = EV_CURRENT;
	good.h.e_entry = ENTRY;
	good.h.e_phoff = sizeof(good.h);
	good.h.e_shoff = good.h.e_flags = 0;
	good.h.e_ehsize = sizeof(good.h);
	good.h.e_phentsize = sizeof(*ph);
	good.h.e_phnum = 2;
	good.h.e_shentsize = good.h.e_shnum = good.h.e_shstrndx = 0;
	ph[0] = (struct elf32_phdr){ PT_LOAD, 0, TEXT_VADDR, TEXT_VADDR,
				     TEXT_SIZE, TEXT_SIZE, PF_R | PF_X,
				     0x1000 };
	ph[1] = (struct elf32_phdr){ PT_LOAD, TEXT_SIZE, DATA_VADDR,
				     DATA_VADDR, DATA_FILESZ, DATA_MEMSZ,
				     PF_R | PF_W, 0x1000 };
	for (i = 2; i < ELF_MAX_PHDRS + 1; i++)
		ph[i] = (struct elf32_phdr){ 0 };	/* PT_NULL */
}

static const char *show(const char *why)
{
	return why ? why : "NULL (valid)";
}

/* elf_check() of the first size bytes of img, copied to an exact buffer. */
static const char *check_copy(const void *img, size_t size)
{
	unsigned char *buf = host_malloc(size);
	const unsigned char *src = img;
	const char *why;
	size_t i;

	for (i = 0; i < size; i++)
		buf[i] = src[i];
	why = elf_check(buf, size, LO, HI);
	host_free(buf);
	return why;
}

/* A copy of the good image, for one case to break. */
static union image img;

static struct elf32_phdr *ph(int i)
{
	return (struct elf32_phdr *)(img.b + img.h.e_phoff) + i;
}

static void reset(void)
{
	img = good;
}

/* Is the image in img (size bytes) refused with exactly the reason exp? */
static void expect(size_t size, const char *exp, const char *what)
{
	is_str(show(check_copy(img.b, size)), show(exp), "%s", what);
}

/* Is the untouched image accepted, with and without extra phdr slots? */
static void test_valid(void)
{
	reset();
	expect(IMAGE_SIZE, NULL, "the good image (text at lo) is valid");
	reset();
	img.h.e_phnum = ELF_MAX_PHDRS;
	expect(IMAGE_SIZE, NULL, "16 program headers (PT_NULL padding)");
	reset();
	ph(1)->p_type = 4;	/* PT_NOTE: never checked */
	ph(1)->p_offset = 0xfffffff0;
	ph(1)->p_vaddr = 0;
	expect(IMAGE_SIZE, NULL, "a non-PT_LOAD header with wild fields");
	reset();
	ph(1)->p_memsz = HI - DATA_VADDR;
	expect(IMAGE_SIZE, NULL, "a segment ending exactly at hi");
	reset();
	img.h.e_entry = TEXT_VADDR;
	expect(IMAGE_SIZE, NULL, "entry at the first text byte");
	reset();
	img.h.e_entry = TEXT_VADDR + TEXT_SIZE - 1;
	expect(IMAGE_SIZE, NULL, "entry at the last text byte");
	reset();
	ph(1)->p_filesz = 0;
	expect(IMAGE_SIZE, NULL, "a segment with no file bytes (bss only)");
}

/* Is a bad identification or header refused, with the right reason? */
static void test_header(void)
{
	static const char magic[] = "bad magic";
	static const char notle32[] = "not a 32-bit little-endian ELF";
	static const char not386[] = "not an i386 executable";
	static const char badph[] = "bad program header table";
	int i;

	reset();
	expect(0, magic, "empty image");
	expect(sizeof(img.h) - 1, magic, "image shorter than the ELF header");
	for (i = 0; i < 4; i++) {
		reset();
		img.h.e_ident[i] ^= 0x20;
		expect(IMAGE_SIZE, magic, i == 0 ? "magic byte 0 wrong" :
		       i == 1 ? "magic byte 1 wrong" :
		       i == 2 ? "magic byte 2 wrong" : "magic byte 3 wrong");
	}
	reset();
	img.h.e_ident[4] = 2;
	expect(IMAGE_SIZE, notle32, "ELFCLASS64");
	reset();
	img.h.e_ident[5] = 2;
	expect(IMAGE_SIZE, notle32, "ELFDATA2MSB");
	reset();
	img.h.e_type = 3;
	expect(IMAGE_SIZE, not386, "ET_DYN");
	reset();
	img.h.e_type = 1;
	expect(IMAGE_SIZE, not386, "ET_REL");
	reset();
	img.h.e_machine = 62;
	expect(IMAGE_SIZE, not386, "EM_X86_64");
	reset();
	img.h.e_phentsize = 56;
	expect(IMAGE_SIZE, badph, "e_phentsize 56");
	reset();
	img.h.e_phnum = 0;
	expect(IMAGE_SIZE, badph, "no program headers");
	reset();
	img.h.e_phnum = ELF_MAX_PHDRS + 1;
	expect(IMAGE_SIZE, badph, "17 program headers");
}

/* Is a program header table reaching past the file refused? */
static void test_phdr_bounds(void)
{
	static const char out[] = "program headers outside the file";

	reset();
	expect(sizeof(img.h), out, "image of the ELF header alone");
	expect(sizeof(img.h) + 32, out, "image ending after phdr[0]");
	expect(sizeof(img.h) + 40, out, "image ending inside phdr[1]");
	expect(sizeof(img.h) + 64, "segment outside the file",
	       "image ending after the phdrs: phdrs fine, segments not");
	reset();
	img.h.e_phoff = IMAGE_SIZE;
	expect(IMAGE_SIZE, out, "e_phoff at the end of the file");
	reset();
	img.h.e_phoff = IMAGE_SIZE - 32;
	expect(IMAGE_SIZE, out, "e_phoff: second phdr past the end");
	reset();
	img.h.e_phoff = 0xffffffe0;
	expect(IMAGE_SIZE, out, "e_phoff near 4 GiB (no wrap-around)");
	reset();
	img.h.e_phnum = ELF_MAX_PHDRS;
	img.h.e_phoff = IMAGE_SIZE - 15 * 32;
	expect(IMAGE_SIZE, out, "16 phdrs, the last one past the end");
}

/* Is a segment outside the file or outside [lo, hi) refused? */
static void test_segments(void)
{
	static const char file[] = "segment outside the file";
	static const char user[] = "segment outside user space";

	reset();
	ph(1)->p_offset = IMAGE_SIZE + 1;
	ph(1)->p_filesz = 0;
	expect(IMAGE_SIZE, file, "p_offset past the end");
	reset();
	ph(1)->p_filesz = DATA_FILESZ + 1;
	expect(IMAGE_SIZE, file, "p_filesz one byte past the end");
	reset();
	ph(1)->p_offset = 0xfffffff0;
	ph(1)->p_filesz = 0x20;
	expect(IMAGE_SIZE, file, "p_offset + p_filesz wrapping around");
	reset();
	ph(1)->p_filesz = 0x100;
	ph(1)->p_memsz = 0xff;
	expect(IMAGE_SIZE, "segment file size exceeds memory size",
	       "p_filesz > p_memsz");
	reset();
	ph(0)->p_vaddr = LO - 0x1000;
	img.h.e_entry = LO - 0x1000;
	expect(IMAGE_SIZE, user, "p_vaddr a page below lo");
	reset();
	ph(1)->p_vaddr = LO - 1;
	expect(IMAGE_SIZE, user, "p_vaddr one byte below lo");
	reset();
	ph(1)->p_memsz = HI - DATA_VADDR + 1;
	expect(IMAGE_SIZE, user, "segment one byte past hi");
	reset();
	ph(1)->p_vaddr = HI;
	ph(1)->p_memsz = 0x1000;
	expect(IMAGE_SIZE, user, "p_vaddr at hi");
	reset();
	ph(1)->p_vaddr = 0xfffff000;
	ph(1)->p_memsz = 0x2000;
	expect(IMAGE_SIZE, user, "p_vaddr + p_memsz wrapping around");
	reset();
	ph(0)->p_type = ph(1)->p_type = 4;
	expect(IMAGE_SIZE, "no loadable segment", "no PT_LOAD segment");
}

/* Must the entry point lie inside a loaded executable segment? */
static void test_entry(void)
{
	static const char bad[] = "entry point outside executable segments";

	reset();
	img.h.e_entry = DATA_VADDR;
	expect(IMAGE_SIZE, bad, "entry in the data segment (no PF_X)");
	reset();
	img.h.e_entry = TEXT_VADDR + TEXT_SIZE;
	expect(IMAGE_SIZE, bad, "entry one byte past the text");
	reset();
	img.h.e_entry = TEXT_VADDR - 1;
	expect(IMAGE_SIZE, bad, "entry one byte before the text");
	reset();
	img.h.e_entry = 0;
	expect(IMAGE_SIZE, bad, "entry 0");
	reset();
	ph(0)->p_flags = PF_R;
	expect(IMAGE_SIZE, bad, "no executable segment");
}

/* Is every truncation of the good image refused, without overreads? */
static void test_truncations(void)
{
	size_t size, bad = 0, first = 0;

	reset();
	for (size = 0; size < IMAGE_SIZE; size++)
		if (!check_copy(img.b, size) && !bad++)
			first = size;
	if (!ok(!bad, "all %u truncations refused", IMAGE_SIZE))
		diag("%u accepted, the first of %u bytes", bad, first);
}

/* Diagnoses the fields a mutation may have changed. */
static void describe(const union image *m)
{
	const struct elf32_phdr *p = (const void *)(m->b + sizeof(m->h));
	int i;

	diag("  type %u machine %u entry %#x phoff %u phentsize %u phnum %u",
	     m->h.e_type, m->h.e_machine, m->h.e_entry, m->h.e_phoff,
	     m->h.e_phentsize, m->h.e_phnum);
	for (i = 0; i < 2; i++, p++)
		diag("  ph%d: type %u offset %#x vaddr %#x filesz %#x "
		     "memsz %#x flags %#x", i, p->p_type, p->p_offset,
		     p->p_vaddr, p->p_filesz, p->p_memsz, p->p_flags);
}

/*
 * The contract of linux/elf.h, restated with 64-bit arithmetic so that
 * nothing wraps: is the image valid?
 */
static bool spec_valid(const unsigned char *b, u64 size)
{
	const struct elf32_hdr *h = (const void *)b;
	const struct elf32_phdr *p;
	bool load = false, entry = false;
	int i;

	if (size < sizeof(*h) || b[0] != 0x7f || b[1] != 'E' || b[2] != 'L' ||
	    b[3] != 'F' || b[4] != ELFCLASS32 || b[5] != ELFDATA2LSB ||
	    h->e_type != ET_EXEC || h->e_machine != EM_386 ||
	    h->e_phentsize != 32 || !h->e_phnum ||
	    h->e_phnum > ELF_MAX_PHDRS ||
	    (u64)h->e_phoff + h->e_phnum * 32ull > size)
		return false;
	p = (const void *)(b + h->e_phoff);
	for (i = 0; i < h->e_phnum; i++, p++) {
		if (p->p_type != PT_LOAD)
			continue;
		if ((u64)p->p_offset + p->p_filesz > size ||
		    p->p_filesz > p->p_memsz || p->p_vaddr < LO ||
		    (u64)p->p_vaddr + p->p_memsz > HI)
			return false;
		load = true;
		if ((p->p_flags & PF_X) && h->e_entry >= p->p_vaddr &&
		    (u64)h->e_entry < (u64)p->p_vaddr + p->p_memsz)
			entry = true;
	}
	return load && entry;
}

/*
 * Random changes of one to three bytes in the header and phdrs: does
 * elf_check() agree with the contract every time, without reading
 * outside the image (ASan)?  e_phoff stays 4-aligned, as the images
 * exec.c gets are.
 */
static void test_mutations(void)
{
	const unsigned int span = sizeof(img.h) + 2 * 32, runs = 20000;
	unsigned int seed = 12345, n, k, off, bad = 0, valid = 0;
	bool kernel, spec, first_spec = false;
	union image first;

	for (n = 0; n < runs; n++) {
		reset();
		for (k = 0; k <= n % 3; k++) {
			seed = seed * 1103515245 + 12345;
			off = (seed >> 8) % span;
			img.b[off] = seed >> 24;
		}
		img.h.e_phoff &= ~3u;
		kernel = !check_copy(img.b, IMAGE_SIZE);
		spec = spec_valid(img.b, IMAGE_SIZE);
		valid += spec;
		if (kernel != spec && !bad++) {
			first = img;
			first_spec = spec;
		}
	}
	if (!ok(!bad, "%u random mutations (%u valid): %u verdicts differ "
		"from the contract", runs, valid, bad)) {
		diag("first: the contract says %s, elf_check \"%s\"",
		     first_spec ? "valid" : "invalid",
		     show(check_copy(first.b, IMAGE_SIZE)));
		describe(&first);
	}
}

int main(void)
{
	make_good();
	test_valid();
	test_header();
	test_phdr_bounds();
	test_segments();
	test_entry();
	test_truncations();
	test_mutations();
	return done_testing();
}
