/*
 * The CMOS real-time clock (RTC, MC146818)
 *
 * pit_time_init() reads it once for the wallclock (mach_get_cmos_time).
 * Registers are read through the index/data ports 0x70/0x71, waiting out
 * the update cycle and reading twice until two reads agree; BCD and
 * 12-hour formats are converted according to status register B.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/time.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <asm/io.h>
#include <asm/irqflags.h>

#define RTC_INDEX	0x70
#define RTC_DATA	0x71
#define RTC_SECONDS	0x00
#define RTC_MINUTES	0x02
#define RTC_HOURS	0x04
#define RTC_DAY		0x07
#define RTC_MONTH	0x08
#define RTC_YEAR	0x09
#define RTC_CENTURY	0x32
#define RTC_REG_A	0x0a
#define RTC_REG_B	0x0b
#define RTC_UIP		0x80	/* A: update in progress */
#define RTC_DM_BINARY	0x04	/* B: binary, not BCD */
#define RTC_24H		0x02	/* B: 24-hour mode */

static u8 cmos_read(u8 reg)
{
	outb(reg, RTC_INDEX);
	return inb(RTC_DATA);
}

static void read_raw(u8 r[7])
{
	static const u8 regs[7] = { RTC_SECONDS, RTC_MINUTES, RTC_HOURS,
		RTC_DAY, RTC_MONTH, RTC_YEAR, RTC_CENTURY };
	int i;

	for (i = 0; i < 7; i++)
		r[i] = cmos_read(regs[i]);
}

static int bcd2bin(int v)
{
	return (v & 0x0f) + (v >> 4) * 10;
}

int rtc_read_time(struct rtc_time *t)
{
	u8 a[7], b[7], regb;
	unsigned long flags;
	int tries = 0, pm;

	local_irq_save(flags);
	do {
		int spins = 1000000;

		while ((cmos_read(RTC_REG_A) & RTC_UIP) && --spins)
			;
		read_raw(a);
		read_raw(b);
	} while (memcmp(a, b, sizeof(a)) && ++tries < 5);
	regb = cmos_read(RTC_REG_B);
	local_irq_restore(flags);
	if (tries == 5)
		return -EIO;

	pm = !(regb & RTC_24H) && (a[2] & 0x80);
	a[2] &= 0x7f;
	if (!(regb & RTC_DM_BINARY)) {
		int i;

		for (i = 0; i < 7; i++)
			a[i] = bcd2bin(a[i]);
	}
	t->sec = a[0];
	t->min = a[1];
	t->hour = (pm ? a[2] % 12 + 12 : a[2] % 24);
	if (!(regb & RTC_24H) && !pm && a[2] == 12)
		t->hour = 0;
	t->mday = a[3];
	t->mon = a[4];
	t->year = (a[6] ? a[6] * 100 : 2000) + a[5];
	if (t->sec > 59 || t->min > 59 || t->mday < 1 || t->mday > 31 ||
	    t->mon < 1 || t->mon > 12)
		return -EIO;
	return 0;
}

unsigned long mach_get_cmos_time(void)
{
	struct rtc_time t;

	return rtc_read_time(&t) ? 0 : mktime(&t);
}

static void cmos_write(u8 reg, u8 v)
{
	outb(reg, RTC_INDEX);
	outb(v, RTC_DATA);
}

static int bin2bcd(int v)
{
	return ((v / 10) << 4) | (v % 10);
}

/*
 * Sets the RTC's minutes and seconds from nowtime, as Linux's
 * set_rtc_mmss does: only when the RTC is within 15 minutes of it, so
 * time zones (hours) are never touched.  0, or -EIO when out of reach.
 */
int mach_set_rtc_mmss(unsigned long nowtime)
{
	int sec = nowtime % 60, min = nowtime / 60 % 60, cmin;
	unsigned long flags;
	u8 regb;

	local_irq_save(flags);
	regb = cmos_read(RTC_REG_B);
	cmin = cmos_read(RTC_MINUTES);
	if (!(regb & RTC_DM_BINARY))
		cmin = bcd2bin(cmin);
	if (((cmin - min + 60) % 60 + 15) % 60 > 30) {
		local_irq_restore(flags);
		return -EIO;
	}
	if (!(regb & RTC_DM_BINARY)) {
		sec = bin2bcd(sec);
		min = bin2bcd(min);
	}
	cmos_write(RTC_SECONDS, sec);
	cmos_write(RTC_MINUTES, min);
	local_irq_restore(flags);
	return 0;
}

/* Days before each month in a non-leap year. */
static const int days_before[12] = {
	0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334
};

unsigned long mktime(const struct rtc_time *t)
{
	unsigned long y = t->year, days;

	days = (y - 1970) * 365 + (y - 1969) / 4 - (y - 1901) / 100 +
	       (y - 1601) / 400;
	days += days_before[t->mon - 1] + t->mday - 1;
	if (t->mon > 2 && (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))
		days++;
	return ((days * 24 + t->hour) * 60 + t->min) * 60 + t->sec;
}
