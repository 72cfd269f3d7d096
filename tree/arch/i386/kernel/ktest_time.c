/*
 * Self-tests: the tick, the PIC, the TSC, the RTC, the idle loop
 * (suite "time")
 *
 * Checks that the PIT interrupts at HZ (measured against the TSC), that
 * the PIC masks what it should, that the RTC gives a valid date and
 * mktime() converts known dates, and that the idle task halts and is
 * woken by the next interrupt.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/ktest.h>
#include <linux/time.h>
#include <linux/sched.h>
#include <asm/irq.h>
#include <asm/io.h>
#include <asm/msr.h>
#include <asm/processor.h>
#include <asm/irqflags.h>

/* Does jiffies advance, one IRQ 0 per tick? */
static void tick_advances(struct ktest *t)
{
	unsigned long j = jiffies, irqs = irq_count[TIMER_IRQ];

	sleep_ticks(5);
	KTEST_EXPECT(t, jiffies - j >= 5);
	KTEST_EXPECT(t, jiffies - j <= 7);
	KTEST_EXPECT_EQ(t, irq_count[TIMER_IRQ] - irqs, jiffies - j);
}

/* Is the tick HZ per second of TSC time (within 25%)? */
static void tick_rate(struct ktest *t)
{
	unsigned long khz = boot_cpu_data.tsc_khz, j;
	u64 t0, cycles;

	if (!khz) {
		ktest_skip(t, "TSC not calibrated");
		return;
	}
	j = jiffies;
	while (jiffies == j)
		cpu_relax();
	t0 = rdtscll();
	j = jiffies;
	while (jiffies - j < 10)
		cpu_relax();
	cycles = rdtscll() - t0;
	/* 10 ticks = 10000/HZ ms = khz * 10000 / HZ cycles. */
	KTEST_EXPECT(t, cycles > (u64)khz * 10000 / HZ * 3 / 4);
	KTEST_EXPECT(t, cycles < (u64)khz * 10000 / HZ * 5 / 4);
}

/* Does a second TSC calibration agree with the boot one (within 10%)? */
static void tsc_calibration(struct ktest *t)
{
	unsigned long a = boot_cpu_data.tsc_khz, b = calibrate_tsc(5);

	if (!a) {
		ktest_skip(t, "TSC not calibrated");
		return;
	}
	KTEST_EXPECT(t, b > a - a / 10 && b < a + a / 10);
}

/* Are IRQ 0 and the cascade unmasked at the PIC, unused lines masked? */
static void pic_masks(struct ktest *t)
{
	u8 master = inb(0x21), slave = inb(0xa1);

	KTEST_EXPECT_EQ(t, master & 1, 0);		/* timer */
	KTEST_EXPECT_EQ(t, master & (1 << 7), 1 << 7);	/* unused */
	KTEST_EXPECT_EQ(t, slave, 0xff);
}

/* Does the RTC give a valid date, and mktime() the right seconds? */
static void rtc_and_mktime(struct ktest *t)
{
	struct rtc_time tm, epoch = { 0, 0, 0, 1, 1, 1970 };
	struct rtc_time leap = { 0, 0, 0, 1, 3, 2000 };	/* after Feb 29 */
	struct rtc_time y2038 = { 7, 14, 3, 19, 1, 2038 };

	KTEST_EXPECT_EQ(t, rtc_read_time(&tm), 0);
	KTEST_EXPECT(t, tm.year >= 2000 && tm.year < 2200);
	KTEST_EXPECT(t, tm.mon >= 1 && tm.mon <= 12);
	KTEST_EXPECT(t, tm.hour < 24 && tm.min < 60 && tm.sec < 60);
	KTEST_EXPECT_EQ(t, mktime(&epoch), 0);
	KTEST_EXPECT_EQ(t, mktime(&leap), 951868800);
	KTEST_EXPECT_EQ(t, mktime(&y2038), 2147483647);
	KTEST_EXPECT(t, get_wallclock() >= mktime(&tm) - 5);
}

/* With nothing to run, does the idle task halt and wake on the tick? */
static void idle_halts_and_wakes(struct ktest *t)
{
	unsigned long halts = idle_halts, j = jiffies;

	sleep_ticks(3);
	KTEST_EXPECT(t, idle_halts > halts);
	KTEST_EXPECT(t, jiffies - j >= 3);
}

static const struct ktest_case time_cases[] = {
	KTEST_CASE(tick_advances),
	KTEST_CASE(tick_rate),
	KTEST_CASE(tsc_calibration),
	KTEST_CASE(pic_masks),
	KTEST_CASE(rtc_and_mktime),
	KTEST_CASE(idle_halts_and_wakes),
};
KTEST_SUITE(time, time_cases);
