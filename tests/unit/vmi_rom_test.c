/*
 * Virtual Machine Interface (VMI) ROM discovery host unit test
 *
 * Built by tests/unit/Makefile with backends/vmi/rom.c, lib/string.c
 * and lib/vsprintf.c; run by tests/unit/vmi_rom.t.  Lays ROM images out
 * by hand in a buffer that stands for 0xC0000-0xFFFFF, with the header
 * offsets written as numbers from the ABI reference (section 4.2), not
 * taken from asm/vmi.h, and checks vmi_rom_find() and vmi_rom_check():
 * what is found, what is silently skipped (other option ROMs), and the
 * one line each malformed ROM gets.  printk is a stub that records.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include "../../backends/vmi/vmi.h"
#include "tap.h"

#define AREA	0xC0000UL
#define LIMIT	0x100000UL
#define END	0xE0000UL

/* --- the printk stub --------------------------------------------------- */
static char log_buf[4096];
static size_t log_len;

int printk(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(log_buf + log_len, sizeof(log_buf) - log_len, fmt, ap);
	va_end(ap);
	log_len += n;
	if (log_len >= sizeof(log_buf))
		log_len = sizeof(log_buf) - 1;
	return n;
}

/* The log without its KERN_ level prefixes. */
static const char *logged(void)
{
	static char out[sizeof(log_buf)];
	size_t i, o = 0;

	for (i = 0; i < log_len; i++) {
		if (log_buf[i] == '<' && i + 2 < log_len && log_buf[i + 2] == '>' &&
		    (i == 0 || log_buf[i - 1] == '\n')) {
			i += 2;
			continue;
		}
		out[o++] = log_buf[i];
	}
	out[o] = '\0';
	return out;
}

static u8 *area;

static void put16(u8 *p, unsigned int v) { p[0] = v; p[1] = v >> 8; }
static void put32(u8 *p, u32 v) { put16(p, v); put16(p + 2, v >> 16); }

/* A good 2 KiB VMI ROM at physical at: the fields Linux checks. */
static u8 *make_rom(unsigned long at)
{
	u8 *r = area + (at - AREA);
	u8 sum = 0;
	unsigned int i;

	memset(r, 0, 2048);
	r[0] = 0x55; r[1] = 0xAA; r[2] = 4;		/* 4 x 512 */
	memcpy(r + 8, "cVmi", 4);
	r[12] = 0; r[13] = 3;				/* API 3.0 */
	put32(r + 16, 0xffc00000);			/* virtual_top */
	put16(r + 22, 200);				/* license */
	put16(r + 24, 144);				/* PCI header */
	memcpy(r + 144, "PCIR", 4);
	put16(r + 148, 0x15AD); put16(r + 150, 0x0801);
	memcpy(r + 200, "GPL v2", sizeof("GPL v2"));
	for (i = 0; i < 2047; i++)
		sum += r[i];
	r[2047] = -sum;
	return r;
}

/* Keep the checksum right after a change at r[off]. */
static void resum(u8 *r)
{
	u8 sum = 0;
	unsigned int i;

	r[2047] = 0;
	for (i = 0; i < 2047; i++)
		sum += r[i];
	r[2047] = -sum;
}

static void reset(void)
{
	memset(area, 0xff, LIMIT - AREA);	/* an empty ROM area */
	log_len = 0;
	log_buf[0] = '\0';
}

static unsigned long find(void)
{
	return vmi_rom_find(area, AREA, END, LIMIT);
}

/* One malformed ROM at 0xC8000: not found, and exactly this line. */
static void bad(const char *what, u8 *r, const char *line)
{
	(void)r;
	is_uint(find(), 0, "%s: not used", what);
	is_str(logged(), line, "%s: its one line", what);
}

static void test_checksum(void)
{
	static const u8 bytes[] = { 0x55, 0xAA, 0x01, 0xFF, 0x02 };

	is_uint(vmi_rom_sum(bytes, sizeof(bytes)), 0x01, "8-bit sum wraps");
	is_uint(vmi_rom_sum(bytes, 0), 0, "sum of nothing is 0");
}

static void test_good(void)
{
	u8 *r;

	reset();
	is_uint(find(), 0, "empty area: nothing");
	is_str(logged(), "", "empty area: silence");

	reset();
	r = area + (0xC0000 - AREA);			/* a VGA BIOS */
	r[0] = 0x55; r[1] = 0xAA; r[2] = 64;
	make_rom(0xC8800);
	is_uint(find(), 0xC8800, "found at a 2 KiB step after another ROM");
	is_str(logged(), "", "a good ROM and a non-VMI ROM: silence");

	reset();
	make_rom(0xDF800);
	is_uint(find(), 0xDF800, "found at the last step");

	reset();
	r = make_rom(0xC8000);
	memcpy(r + 200, "GPL", sizeof("GPL"));
	resum(r);
	is_uint(find(), 0xC8000, "license \"GPL\" is good too");

	reset();
	r = make_rom(0xC8000);
	put32(r + 16, 0);
	resum(r);
	is_uint(find(), 0xC8000, "virtual_top 0: nothing to reserve, fine");
}

static void test_warnings(void)
{
	u8 *r;

	reset();
	r = make_rom(0xC8000);
	r[12] = 255;
	resum(r);
	is_uint(find(), 0xC8000, "API 3.255 is used");
	is_str(logged(), "vmi: ROM at 0xc8000: API 3.255 is newer than 3.0; used as 3.0\n",
	       "API 3.255: one line");

	reset();
	r = make_rom(0xC8000);
	put16(r + 148, 0x8086);
	resum(r);
	is_uint(find(), 0xC8000, "other PCI ids: used");
	is_str(logged(), "vmi: ROM at 0xc8000: PCI id 8086:0801, not 15ad:0801; used anyway\n",
	       "other PCI ids: one line");
}

static void test_bad_header(void)
{
	u8 *r;

	reset();
	r = make_rom(0xC8000);
	r[0] = 0;
	resum(r);
	bad("signature", r, "vmi: ROM at 0xc8000: signature 0xaa00, not 0xaa55; ignored\n");

	reset();
	r = make_rom(0xC8000);
	r[13] = 2;
	resum(r);
	bad("API 2.0", r, "vmi: ROM at 0xc8000: API 2.0, not 3.x; ignored\n");

	reset();
	r = make_rom(0xC8000);
	r[13] = 4;
	resum(r);
	bad("API 4.0", r, "vmi: ROM at 0xc8000: API 4.0, not 3.x; ignored\n");

	reset();
	r = make_rom(0xC8000);
	r[2047]++;
	bad("checksum", r, "vmi: ROM at 0xc8000: checksum is off (sum 0x01, not 0); ignored\n");

	reset();
	r = make_rom(0xC8000);
	r[2] = 0;
	resum(r);
	bad("rom_length 0", r, "vmi: ROM at 0xc8000: rom_length 0 (0 bytes) does not fit; ignored\n");

	reset();
	r = make_rom(0xC8000);
	is_int(vmi_rom_check(r, 1024, 0xC8000), VMI_ROM_BAD,
	       "2 KiB ROM with 1 KiB readable: refused");
	is_str(logged(), "vmi: ROM at 0xc8000: rom_length 4 (2048 bytes) does not fit; ignored\n",
	       "too long: one line");
	reset();
	r = make_rom(0xDF800);
	r[2] = 5;		/* 2560 bytes: past the scan's end, within 1 MiB */
	r[2047] = 0;
	r[2047] = -vmi_rom_sum(r, 2560);
	is_uint(find(), 0xDF800, "a ROM may extend past 0xE0000");
	reset();
	r = make_rom(0xFF800);		/* beyond the scan: not looked at */
	is_uint(find(), 0, "a ROM above 0xE0000 is not scanned");
	is_str(logged(), "", "and not mentioned");
}

static void test_bad_fields(void)
{
	u8 *r;

	reset();
	r = make_rom(0xC8000);
	put16(r + 24, 0);
	resum(r);
	bad("pci_header_offs 0", r, "vmi: ROM at 0xc8000: no PCI header (pci_header_offs 0); ignored\n");

	reset();
	r = make_rom(0xC8000);
	put16(r + 24, 2040);
	resum(r);
	bad("PCI header off the end", r, "vmi: ROM at 0xc8000: PCI header at offset 2040 is outside the ROM; ignored\n");

	reset();
	r = make_rom(0xC8000);
	put16(r + 22, 0);
	resum(r);
	bad("no license", r, "vmi: ROM at 0xc8000: license unspecified (license_offs 0); ignored\n");

	reset();
	r = make_rom(0xC8000);
	memcpy(r + 200, "GPLv2", sizeof("GPLv2"));
	resum(r);
	bad("license GPLv2", r, "vmi: ROM at 0xc8000: license \"GPLv2\" is not GPL; ignored\n");

	reset();
	r = make_rom(0xC8000);
	memcpy(r + 200, "GPL\"\x01", 6);
	resum(r);
	bad("license with odd bytes", r, "vmi: ROM at 0xc8000: license \"GPL??\" is not GPL; ignored\n");

	reset();
	r = make_rom(0xC8000);
	put16(r + 22, 2047);
	/* The last byte must not be the NUL: vary the one before it. */
	do {
		r[2046]++;
		resum(r);
	} while (!r[2047]);
	bad("license runs off", r, "vmi: ROM at 0xc8000: license string runs off the ROM; ignored\n");

	reset();
	r = make_rom(0xC8000);
	put16(r + 22, 4000);
	resum(r);
	bad("license past the end", r, "vmi: ROM at 0xc8000: license at offset 4000 is outside the ROM; ignored\n");

	reset();
	r = make_rom(0xC8000);
	put32(r + 16, 0xdfc00000);
	resum(r);
	bad("virtual_top too low", r, "vmi: ROM at 0xc8000: virtual_top 0xdfc00000 is not a 4 MiB boundary in the top 512 MiB; ignored\n");

	reset();
	r = make_rom(0xC8000);
	put32(r + 16, 0xffc01000);
	resum(r);
	bad("virtual_top unaligned", r, "vmi: ROM at 0xc8000: virtual_top 0xffc01000 is not a 4 MiB boundary in the top 512 MiB; ignored\n");
}

static void test_scan(void)
{
	u8 *r;

	reset();
	make_rom(0xC8200);
	is_uint(find(), 0, "a ROM at 0xC8200 is off the 2 KiB grid");
	is_str(logged(), "vmi: ROM at 0xc8200 is not on a 2 KiB boundary; ignored\n",
	       "off the grid: one line");

	reset();
	r = make_rom(0xC8000);
	r[13] = 2;
	resum(r);
	make_rom(0xD0000);
	is_uint(find(), 0xD0000, "a bad ROM, then a good one: the good one");
	is_str(logged(), "vmi: ROM at 0xc8000: API 2.0, not 3.x; ignored\n",
	       "the bad one gets its line");

	reset();
	r = make_rom(0xC8000);
	r[0] = 0;
	resum(r);
	make_rom(0xC9200);
	is_uint(find(), 0, "a bad ROM on the grid, a good one off it");
	is_str(logged(), "vmi: ROM at 0xc8000: signature 0xaa00, not 0xaa55; ignored\n",
	       "only the one on the grid is named");

	reset();
	r = area + (LIMIT - AREA) - 100;	/* a header cut by the limit */
	is_int(vmi_rom_check(r, 100, LIMIT - 100), VMI_ROM_ABSENT,
	       "fewer than 144 bytes left: not a ROM");
}

int main(void)
{
	area = host_malloc(LIMIT - AREA);
	test_checksum();
	test_good();
	test_warnings();
	test_bad_header();
	test_bad_fields();
	test_scan();
	host_free(area);
	return done_testing();
}
