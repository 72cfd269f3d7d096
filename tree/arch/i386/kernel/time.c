/*
 * Time keeping: the PIT tick, the TSC and the boot-time wallclock
 *
 * pit_time_init() (time_init() in start_kernel) programs the 8253/8254
 * programmable interval timer (PIT) channel 0 as a rate generator at HZ and
 * registers timer_interrupt() on IRQ 0, which advances jiffies and calls
 * the scheduler's tick.  The TSC is calibrated by counting its cycles
 * across a known number of PIT channel 2 counts (the gate is port 0x61),
 * and the CMOS RTC (rtc.c) gives the wallclock at boot.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/time.h>
#include <linux/sched.h>
#include <asm/io.h>
#include <asm/irq.h>
#include <asm/msr.h>
#include <asm/processor.h>
#include <asm/setup.h>

#define PIT_TICK_RATE	1193182		/* Hz, the PIT's input clock */
#define PIT_CH0		0x40
#define PIT_CH2		0x42
#define PIT_MODE	0x43
#define PIT_GATE	0x61		/* bit 0: ch2 gate, bit 5: ch2 out */
#define LATCH		((PIT_TICK_RATE + HZ / 2) / HZ)

volatile unsigned long jiffies;
static unsigned long boot_wallclock;
static unsigned long long tsc_at_boot;

static void timer_interrupt(int irq, struct pt_regs *regs)
{
	jiffies++;
	scheduler_tick();
}

/*
 * Runs PIT channel 2 for ms milliseconds (one-shot, gate on, speaker
 * off) and counts TSC cycles until its output goes high.
 */
unsigned long calibrate_tsc(unsigned int ms)
{
	unsigned long count = PIT_TICK_RATE / 1000 * ms;
	unsigned long long t0, t1;
	unsigned long loops = 0;

	if (!cpu_has(X86_FEATURE_TSC) || count > 0xffff || !ms)
		return 0;
	outb((inb(PIT_GATE) & ~0x02) | 0x01, PIT_GATE);
	outb(0xb0, PIT_MODE);		/* ch2, lobyte/hibyte, mode 0 */
	outb(count & 0xff, PIT_CH2);
	outb(count >> 8, PIT_CH2);
	t0 = rdtscll();
	while (!(inb(PIT_GATE) & 0x20) && ++loops < 100000000)
		;
	t1 = rdtscll();
	outb(inb(PIT_GATE) & ~0x01, PIT_GATE);
	if (!(inb(PIT_GATE) & 0x20) && loops >= 100000000)
		return 0;
	return (unsigned long)((t1 - t0) / ms);
}

unsigned long long native_sched_clock(void)
{
	unsigned long long d = rdtscll() - tsc_at_boot;

	if (!boot_cpu_data.tsc_khz)
		return (unsigned long long)jiffies * (1000000000ULL / HZ);
	return d * 1000000ULL / boot_cpu_data.tsc_khz;
}

unsigned long get_wallclock(void)
{
	return boot_wallclock + jiffies / HZ;
}

unsigned long msecs_to_jiffies(unsigned long ms)
{
	return (ms * HZ + 999) / 1000;
}

/*
 * The TSC rate: the least of three measurements.  Anything that delays
 * the polling loop (an emulator's host thread descheduled, an SMI) can
 * only make one look faster, never slower.
 */
static unsigned long __init tsc_khz_at_boot(void)
{
	unsigned long khz = 0, k;
	int i;

	for (i = 0; i < 3; i++) {
		k = calibrate_tsc(10);
		if (k && (!khz || k < khz))
			khz = k;
	}
	return khz;
}

void __init pit_time_init(void)
{
	boot_cpu_data.tsc_khz = tsc_khz_at_boot();
	if (cpu_has(X86_FEATURE_TSC))
		tsc_at_boot = rdtscll();
	printk(KERN_INFO "time: TSC %u.%03u MHz, tick %d Hz\n",
	       boot_cpu_data.tsc_khz / 1000, boot_cpu_data.tsc_khz % 1000, HZ);

	outb_p(0x34, PIT_MODE);		/* ch0, lobyte/hibyte, mode 2 */
	outb_p(LATCH & 0xff, PIT_CH0);
	outb(LATCH >> 8, PIT_CH0);
	if (request_irq(TIMER_IRQ, timer_interrupt, "timer"))
		panic("time: IRQ 0 is taken");

	boot_wallclock = get_cmos_time();
	if (boot_wallclock)
		printk(KERN_INFO "time: wallclock %lu s since the epoch\n",
		       boot_wallclock);
	else
		printk(KERN_WARNING "time: the RTC did not answer; wallclock starts at 0\n");
}
