/*
 * Virtual Machine Interface (VMI) ROM discovery: the scan and its checks
 *
 * vmi.c's probe, from paravirt_setup() in setup_arch(), hands
 * vmi_rom_find() the ROM area as the kernel's low mapping shows it
 * (head.S maps the first 64 MiB at PAGE_OFFSET before paging_init, so
 * __va(0xC0000) reads the ROMs the BIOS left there).  It looks at every
 * 2 KiB boundary from 0xC0000 to 0xE0000, as Linux 2.6.21's vmi.c did,
 * and applies Linux's checks in Linux's order (signature, "cVmi", API
 * 3.x, a PCI header, the PCI ids as a warning only, a GPL license),
 * then ours: the ROM lies within the area and its offsets within the
 * ROM, its 8-bit checksum is zero, and virtual_top leaves whole page
 * directory entries, at most 512 MiB.  The first ROM that passes is
 * used; each one that fails gets one "vmi:" line.  If none passes, a
 * VMI header off the 2 KiB grid is looked for at 512-byte steps, only
 * to say why it was not used.  Pure: no I/O, printk only, so the host
 * unit test (tests/unit/vmi_rom_test.c) runs it on images in a buffer.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <asm/vmi.h>
#include "vmi.h"

#define MAX_RESERVE	(512UL << 20)
#define PGDIR_BYTES	(4UL << 20)
#define LICENSE_SHOWN	32

u8 vmi_rom_sum(const u8 *p, unsigned long n)
{
	u8 sum = 0;

	while (n--)
		sum += *p++;
	return sum;
}

/* The license, printable and short, for the rejection line. */
static void show_license(char *out, const char *s, unsigned long max)
{
	unsigned long i;

	for (i = 0; i < max && i < LICENSE_SHOWN && s[i]; i++)
		out[i] = s[i] >= 0x20 && s[i] < 0x7f && s[i] != '"' ? s[i] : '?';
	out[i] = '\0';
}

/* Linux's license rule: exactly "GPL" or "GPL v2". */
static int check_license(const u8 *rom, unsigned long size, unsigned long at)
{
	const struct vrom_header *h = (const void *)rom;
	char shown[LICENSE_SHOWN + 1];
	const char *s;

	if (!h->license_offs) {
		printk(KERN_WARNING "vmi: ROM at 0x%05lx: license unspecified (license_offs 0); ignored\n",
		       at);
		return -1;
	}
	if (h->license_offs >= size) {
		printk(KERN_WARNING "vmi: ROM at 0x%05lx: license at offset %u is outside the ROM; ignored\n",
		       at, h->license_offs);
		return -1;
	}
	s = (const char *)rom + h->license_offs;
	if (strnlen(s, size - h->license_offs) == size - h->license_offs) {
		printk(KERN_WARNING "vmi: ROM at 0x%05lx: license string runs off the ROM; ignored\n",
		       at);
		return -1;
	}
	if (strcmp(s, "GPL") && strcmp(s, "GPL v2")) {
		show_license(shown, s, size - h->license_offs);
		printk(KERN_WARNING "vmi: ROM at 0x%05lx: license \"%s\" is not GPL; ignored\n",
		       at, shown);
		return -1;
	}
	return 0;
}

/* A PCI header is required; its ids are only a warning (Linux's rule). */
static int check_pci(const u8 *rom, unsigned long size, unsigned long at)
{
	const struct vrom_header *h = (const void *)rom;
	const struct pci_header *pci;

	if (!h->pci_header_offs) {
		printk(KERN_WARNING "vmi: ROM at 0x%05lx: no PCI header (pci_header_offs 0); ignored\n",
		       at);
		return -1;
	}
	if (h->pci_header_offs + sizeof(*pci) > size) {
		printk(KERN_WARNING "vmi: ROM at 0x%05lx: PCI header at offset %u is outside the ROM; ignored\n",
		       at, h->pci_header_offs);
		return -1;
	}
	pci = (const void *)(rom + h->pci_header_offs);
	if (pci->vendorID != VMI_PCI_VENDOR_VMWARE ||
	    pci->deviceID != VMI_PCI_DEVICE_VMI)
		printk(KERN_WARNING "vmi: ROM at 0x%05lx: PCI id %04x:%04x, not %04x:%04x; used anyway\n",
		       at, pci->vendorID, pci->deviceID,
		       VMI_PCI_VENDOR_VMWARE, VMI_PCI_DEVICE_VMI);
	return 0;
}

/* Ours: the reservation above virtual_top must be sane before we make it. */
static int check_virtual_top(u32 top, unsigned long at)
{
	unsigned long reserve = -(unsigned long)top;

	if (top && (reserve > MAX_RESERVE || top % PGDIR_BYTES)) {
		printk(KERN_WARNING "vmi: ROM at 0x%05lx: virtual_top 0x%08x is not a 4 MiB boundary in the top 512 MiB; ignored\n",
		       at, top);
		return -1;
	}
	return 0;
}

/* Header and length: is it a ROM we may read, and of the right API? */
static int check_header(const u8 *rom, unsigned long room, unsigned long at)
{
	const struct vrom_header *h = (const void *)rom;
	unsigned long size = h->rom_length * VMI_ROM_UNIT;

	if (h->rom_signature != VMI_ROM_SIGNATURE) {
		printk(KERN_WARNING "vmi: ROM at 0x%05lx: signature 0x%04x, not 0x%04x; ignored\n",
		       at, h->rom_signature, VMI_ROM_SIGNATURE);
		return -1;
	}
	if (h->api_version_maj != VMI_API_REV_MAJOR) {
		printk(KERN_WARNING "vmi: ROM at 0x%05lx: API %u.%u, not %u.x; ignored\n",
		       at, h->api_version_maj, h->api_version_min,
		       VMI_API_REV_MAJOR);
		return -1;
	}
	if (h->api_version_min > VMI_API_REV_MINOR)
		printk(KERN_INFO "vmi: ROM at 0x%05lx: API %u.%u is newer than %u.%u; used as %u.%u\n",
		       at, h->api_version_maj, h->api_version_min,
		       VMI_API_REV_MAJOR, VMI_API_REV_MINOR,
		       VMI_API_REV_MAJOR, VMI_API_REV_MINOR);
	if (size < VROM_HEADER_SIZE || size > room) {
		printk(KERN_WARNING "vmi: ROM at 0x%05lx: rom_length %u (%lu bytes) does not fit; ignored\n",
		       at, h->rom_length, size);
		return -1;
	}
	return 0;
}

int vmi_rom_check(const u8 *rom, unsigned long room, unsigned long at)
{
	const struct vrom_header *h = (const void *)rom;
	unsigned long size;
	u8 sum;

	if (room < VROM_HEADER_SIZE || h->vrom_signature != VMI_SIGNATURE)
		return VMI_ROM_ABSENT;	/* not VMI: no word */
	if (check_header(rom, room, at))
		return VMI_ROM_BAD;
	size = h->rom_length * VMI_ROM_UNIT;
	if (check_pci(rom, size, at) || check_license(rom, size, at) ||
	    check_virtual_top(h->virtual_top, at))
		return VMI_ROM_BAD;
	sum = vmi_rom_sum(rom, size);
	if (sum) {
		printk(KERN_WARNING "vmi: ROM at 0x%05lx: checksum is off (sum 0x%02x, not 0); ignored\n",
		       at, sum);
		return VMI_ROM_BAD;
	}
	return VMI_ROM_GOOD;
}

/*
 * area maps physical start; the ROMs may extend up to limit (the BIOS
 * ends at 1 MiB).  Returns the physical address of the first good
 * ROM on the 2 KiB grid in [start, end), or 0.
 */
unsigned long vmi_rom_find(const u8 *area, unsigned long start,
			   unsigned long end, unsigned long limit)
{
	unsigned long at;
	bool seen = false;

	for (at = start; at < end; at += VMI_ROM_SCAN_STEP) {
		int r = vmi_rom_check(area + (at - start), limit - at, at);

		if (r == VMI_ROM_GOOD)
			return at;
		seen |= r == VMI_ROM_BAD;
	}
	if (seen)
		return 0;
	for (at = start; at < end; at += VMI_ROM_UNIT) {
		const struct vrom_header *h = (const void *)(area + (at - start));

		if (at % VMI_ROM_SCAN_STEP && limit - at >= VROM_HEADER_SIZE &&
		    h->rom_signature == VMI_ROM_SIGNATURE &&
		    h->vrom_signature == VMI_SIGNATURE)
			printk(KERN_WARNING "vmi: ROM at 0x%05lx is not on a 2 KiB boundary; ignored\n",
			       at);
	}
	return 0;
}
