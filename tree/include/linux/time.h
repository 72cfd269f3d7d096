/*
 * Time: the tick (jiffies), the TSC clock and the wallclock
 *
 * arch/i386/kernel/time.c programs the PIT for HZ ticks a second and
 * calibrates the TSC against it; rtc.c reads the CMOS real-time clock
 * once at boot for the wallclock.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _LINUX_TIME_H
#define _LINUX_TIME_H

#include <linux/types.h>

#define HZ	CONFIG_HZ

extern volatile unsigned long jiffies;

/* Broken-down calendar time, as the RTC keeps it. */
struct rtc_time {
	int sec, min, hour, mday, mon, year;	/* mon 1-12, full year */
};

/* Seconds since 1970-01-01 00:00 UTC for a calendar date. */
unsigned long mktime(const struct rtc_time *t);
int rtc_read_time(struct rtc_time *t);	/* 0 or -EIO */
/* rtc.c: the RTC as epoch seconds (0 if unreadable); set min:sec. */
unsigned long mach_get_cmos_time(void);
int mach_set_rtc_mmss(unsigned long nowtime);
#define get_cmos_time()		mach_get_cmos_time()
#define set_rtc_mmss(t)		mach_set_rtc_mmss(t)
unsigned long get_wallclock(void);	/* seconds since the epoch */
/* Measures the TSC rate against the PIT over ms milliseconds (kHz). */
unsigned long calibrate_tsc(unsigned int ms);
/* ns since boot, from the TSC (jiffies if it is not calibrated). */
unsigned long long native_sched_clock(void);
#define sched_clock()		native_sched_clock()
unsigned long msecs_to_jiffies(unsigned long ms);

#endif /* _LINUX_TIME_H */
