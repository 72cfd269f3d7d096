/*
 * Self-tests: the tick, the PIC, the TSC, the RTC, the idle loop
 * (suite "time")
 *
 * Checks that the PIT is programmed for HZ and its tick roughly agrees
 * with the calibrated TSC, that the PIC masks what it should, that the RTC gives a valid date and
 * mktime() converts known dates, and that the idle task halts and is
 * woken by the next interrupt.  Under a hypervisor (paravirt_enabled(),
 * 0 without CONFIG_PARAVIRT) the cases that read the PIT, the PIC or the
 * RTC skip: lhype has none (its port I/O reads all-ones) and gives the
 * kernel its own clock.
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
#include <asm/segment.h>

/* Does the kernel drive the PC's own timer, PIC and RTC? */
static bool pc_devices(struct ktest *t)
{
	if (!paravirt_enabled())
		return true;
	ktest_skip(t, "under a hypervisor: no PIT, PIC or RTC to read");
	return false;
}

/* Does jiffies advance, one IRQ 0 per tick? */
static void tick_advances(struct ktest *t)
{
	unsigned long j = jiffies, irqs = irq_count[TIMER_IRQ];

	sleep_ticks(5);
	KTEST_EXPECT(t, jiffies - j >= 5);
	KTEST_EXPECT(t, jiffies - j <= 7);
	KTEST_EXPECT_EQ(t, irq_count[TIMER_IRQ] - irqs, jiffies - j);
}

/* Reads PIT channel 0's current count (latch command, low then high). */
static unsigned int pit_count(void)
{
	unsigned int lo, hi;

	outb(0x00, 0x43);		/* latch channel 0 */
	lo = inb(0x40);
	hi = inb(0x40);
	return (hi << 8) | lo;
}

/*
 * Is PIT channel 0 counting down from the reload for HZ?  Deterministic:
 * the counter never exceeds the reload value, and sampled through two
 * whole periods it is seen in the top and in the bottom half of its range.
 */
static void pit_programmed_for_hz(struct ktest *t)
{
	unsigned int latch = (1193182 + HZ / 2) / HZ, lo = ~0u, hi = 0, c;
	unsigned long j = jiffies;
	int i;

	if (!pc_devices(t))
		return;
	/* Sample across two whole periods (a period is one tick). */
	while (jiffies == j)
		cpu_relax();
	j = jiffies;
	for (i = 0; i < 10000000 && jiffies - j < 2; i++) {
		c = pit_count();
		lo = min(lo, c);
		hi = max(hi, c);
	}
	KTEST_EXPECT(t, hi <= latch);
	KTEST_EXPECT(t, hi > latch / 2);
	KTEST_EXPECT(t, lo < latch / 2);
}

/* Cycles the TSC counts over 10 ticks. */
static u64 tsc_per_10_ticks(void)
{
	unsigned long j = jiffies;
	u64 t0;

	while (jiffies == j)
		cpu_relax();
	t0 = rdtscll();
	j = jiffies;
	while (jiffies - j < 10)
		cpu_relax();
	return rdtscll() - t0;
}

/*
 * Do the tick and the TSC roughly agree?  Emulators advance the two
 * from different clocks when the host is loaded, so this is a sanity
 * bound (within a factor of two, best of three tries), not a measurement.
 */
static void tick_matches_tsc(struct ktest *t)
{
	u64 want = (u64)boot_cpu_data.tsc_khz * 10000 / HZ, got = 0;
	int i;

	if (!want)
		return ktest_skip(t, "TSC not calibrated");
	for (i = 0; i < 3; i++) {
		got = tsc_per_10_ticks();
		if (got > want / 2 && got < want * 2)
			break;
	}
	KTEST_EXPECT(t, got > want / 2 && got < want * 2);
}

/* Does a second TSC calibration roughly agree with the boot one? */
static void tsc_calibration(struct ktest *t)
{
	unsigned long a = boot_cpu_data.tsc_khz, b = 0;
	int i;

	if (!pc_devices(t))
		return;
	if (!a)
		return ktest_skip(t, "TSC not calibrated");
	for (i = 0; i < 3; i++) {
		b = calibrate_tsc(5);
		if (b > a / 2 && b < a * 2)
			break;
	}
	KTEST_EXPECT(t, b > a / 2 && b < a * 2);
}

/* Are IRQ 0 and the cascade unmasked at the PIC, unused lines masked? */
static void pic_masks(struct ktest *t)
{
	u8 master, slave;

	if (!pc_devices(t))
		return;
	master = inb(0x21);
	slave = inb(0xa1);
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

	if (!pc_devices(t))
		return;
	KTEST_EXPECT_EQ(t, rtc_read_time(&tm), 0);
	KTEST_EXPECT(t, tm.year >= 2000 && tm.year < 2200);
	KTEST_EXPECT(t, tm.mon >= 1 && tm.mon <= 12);
	KTEST_EXPECT(t, tm.hour < 24 && tm.min < 60 && tm.sec < 60);
	KTEST_EXPECT_EQ(t, mktime(&epoch), 0);
	KTEST_EXPECT_EQ(t, mktime(&leap), 951868800);
	KTEST_EXPECT_EQ(t, mktime(&y2038), 2147483647);
	KTEST_EXPECT(t, get_wallclock() >= mktime(&tm) - 5);
}

/* Does writing the RTC's own time back work, and a far-off one refuse? */
static void rtc_set_mmss(struct ktest *t)
{
	unsigned long now = get_cmos_time();

	if (!pc_devices(t))
		return;
	KTEST_EXPECT(t, now != 0);
	KTEST_EXPECT_EQ(t, set_rtc_mmss(now), 0);
	KTEST_EXPECT(t, get_cmos_time() - now <= 2);
	KTEST_EXPECT_EQ(t, set_rtc_mmss(now + 30 * 60), -EIO);
}

/*
 * With nothing to run, does the idle task halt and wake on the tick?
 * Counting loop trips alone would pass an idle loop that spins: a
 * halting one makes about one trip per interrupt, a spinning one
 * thousands per tick.
 */
#define IDLE_TICKS		3
#define IDLE_MAX_TRIPS		(8 * (IDLE_TICKS + 1))

static void idle_halts_and_wakes(struct ktest *t)
{
	unsigned long halts = idle_halts, j = jiffies, trips;

	sleep_ticks(IDLE_TICKS);
	trips = idle_halts - halts;
	KTEST_EXPECT(t, trips > 0);
	if (trips > IDLE_MAX_TRIPS)
		ktest_fail(t, __FILE__, __LINE__,
			   "%lu idle loop trips in %d ticks: it spins, not halts",
			   trips, IDLE_TICKS);
	KTEST_EXPECT(t, jiffies - j >= IDLE_TICKS);
}

static const struct ktest_case time_cases[] = {
	KTEST_CASE(tick_advances),
	KTEST_CASE(pit_programmed_for_hz),
	KTEST_CASE(tick_matches_tsc),
	KTEST_CASE(tsc_calibration),
	KTEST_CASE(pic_masks),
	KTEST_CASE(rtc_and_mktime),
	KTEST_CASE(rtc_set_mmss),
	KTEST_CASE(idle_halts_and_wakes),
};
KTEST_SUITE(time, time_cases);
