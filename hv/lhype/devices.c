/*
 * lhype: the lguest bus: a device page and the console
 *
 * The device page sits at guest-physical lhype_ram, just past the RAM
 * the e820 map gives the guest, as 2.6.23's Launcher put it: sixteen
 * descriptors, of which the first is the console.  The guest writes to
 * its console with SEND_DMA to key 0: the host copies each section of
 * the struct lguest_dma to the serial port unchanged and writes back
 * how many bytes it took.  Input (a buffer bound to key 0) is accepted
 * and never filled: the tests drive the guest by its command line.
 * Every address and length is checked against guest memory; a DMA
 * section may not cross a page, as in lguest.
 * SPDX-License-Identifier: GPL-2.0
 */
#include "lhype.h"

void devices_init(void)
{
	struct lguest_device_desc *d = gpa_ptr(lhype_ram, PAGE_SIZE);

	d[0].type = LGUEST_DEVICE_T_CONSOLE;
}

u32 devices_bind_dma(u32 key, u32 dmas, u32 count_irq)
{
	u32 count = count_irq >> 8, irq = count_irq & 0xff;

	if (irq >= LGUEST_IRQS || count > LGUEST_MAX_DMA)
		return 0;
	if (dmas & 3)
		guest_kill("BIND_DMA: descriptors at %#x are not aligned", dmas);
	if (!gpa_ptr(dmas, count * sizeof(struct lguest_dma)))
		guest_kill("BIND_DMA: %u descriptors at %#x are outside guest "
			   "memory", count, dmas);
	return key == LGUEST_CONSOLE_DMA_KEY;
}

void devices_send_dma(u32 key, u32 dma_gpa)
{
	struct lguest_dma *dma = gpa_ptr(dma_gpa, sizeof(*dma));
	unsigned int i;
	u32 total = 0, addr, len;
	const char *p;

	if (!dma)
		guest_kill("SEND_DMA: descriptor at %#x is outside guest "
			   "memory", dma_gpa);
	if (dma_gpa & 3)
		guest_kill("SEND_DMA: descriptor at %#x is not aligned", dma_gpa);
	for (i = 0; i < LGUEST_MAX_DMA_SECTIONS && dma->len[i]; i++) {
		addr = dma->addr[i];
		len = dma->len[i];
		p = gpa_ptr(addr, len);
		if (!p)
			guest_kill("SEND_DMA: section %u (%#x, %u bytes) is "
				   "outside guest memory", i, addr, len);
		if ((addr & (PAGE_SIZE - 1)) + len > PAGE_SIZE)
			guest_kill("SEND_DMA: section %u (%#x, %u bytes) "
				   "crosses a page", i, addr, len);
		if (key == LGUEST_CONSOLE_DMA_KEY)
			console_write(p, len);
		total += len;
	}
	dma->used_len = key == LGUEST_CONSOLE_DMA_KEY ? total : 0;
}
