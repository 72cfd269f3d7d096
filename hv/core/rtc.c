/*
 * Hypervisor core: the wall clock, from the CMOS RTC and the TSC
 *
 * Read once at boot (waiting out an update in progress); afterwards
 * the time is that plus the TSC's count since.  Guests read it
 * (lguest_data.time, and VMI's wallclock).
 * SPDX-License-Identifier: GPL-2.0
 */
#include "hv.h"

static u32 boot_secs;
static u64 boot_tsc;

static u8 cmos(u8 reg)
{
	outb(0x70, reg);
	return inb(0x71);
}

static unsigned int bcd(u8 v, bool binary)
{
	return binary ? v : (v >> 4) * 10 + (v & 0xf);
}

/* Days from 1970-01-01 to y-m-d (Gregorian). */
static u32 days(unsigned int y, unsigned int m, unsigned int d)
{
	if (m <= 2) {
		y--;
		m += 12;
	}
	return 365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 +
	       d - 719469;
}

void rtc_init(void)
{
	unsigned int spins = 1000000, s, mi, h, d, mo, y;
	bool bin;

	while ((cmos(0x0a) & 0x80) && --spins)
		;
	bin = cmos(0x0b) & 0x04;
	s = bcd(cmos(0x00), bin);
	mi = bcd(cmos(0x02), bin);
	h = bcd(cmos(0x04), bin);
	d = bcd(cmos(0x07), bin);
	mo = bcd(cmos(0x08), bin);
	y = bcd(cmos(0x09), bin) + 2000;
	if (mo < 1 || mo > 12 || d < 1 || d > 31)
		boot_secs = 0;
	else
		boot_secs = days(y, mo, d) * 86400 + h * 3600 + mi * 60 + s;
	boot_tsc = rdtsc();
}

void rtc_now(u32 *secs, u32 *nsecs)
{
	u64 us = (rdtsc() - boot_tsc) * 1000 / tsc_khz;

	*secs = boot_secs + (u32)(us / 1000000);
	*nsecs = (u32)(us % 1000000) * 1000;
}
