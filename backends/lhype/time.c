/*
 * The lhype guest backend: the tick, the clock and the wallclock
 *
 * The host has no PIT and no RTC for us (a PIT calibration would spin:
 * IN reads all-ones).  It gives the TSC's rate in lguest_data.tsc_khz
 * (0 if the TSC cannot be trusted), the wallclock in lguest_data.time
 * (refreshed at each interrupt), and a one-shot timer, SET_CLOCKEVENT
 * (ns from now), that raises IRQ 0.  time_init() (start_kernel, after
 * init_IRQ) drives the kernel's periodic HZ tick with it: each tick
 * arms the next one before it runs time.c's tick.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/errno.h>
#include <linux/time.h>
#include <asm/irq.h>
#include <asm/msr.h>
#include <asm/processor.h>
#include "lhype.h"

#define TICK_NS		(1000000000UL / HZ)

static unsigned long long tsc_at_boot;

static void arm_tick(void)
{
	lhype_hcall(LHCALL_SET_CLOCKEVENT, TICK_NS, 0, 0);
}

static void lhype_timer_interrupt(int irq, struct pt_regs *regs)
{
	arm_tick();
	paravirt_timer_tick(regs);
}

void __init lhype_time_init(void)
{
	boot_cpu_data.tsc_khz = lguest_data.tsc_khz;
	if (boot_cpu_data.tsc_khz)
		tsc_at_boot = rdtscll();
	printk(KERN_INFO "time: TSC %u.%03u MHz (from lhype), tick %d Hz\n",
	       boot_cpu_data.tsc_khz / 1000, boot_cpu_data.tsc_khz % 1000, HZ);
	if (request_irq(TIMER_IRQ, lhype_timer_interrupt, "timer"))
		panic("time: IRQ 0 is taken");
	arm_tick();
	paravirt_wallclock_init();
	printk(KERN_INFO "time: wallclock %lu s since the epoch (from lhype)\n",
	       lhype_get_wallclock());
}

unsigned long lhype_get_wallclock(void)
{
	return lguest_data.time.tv_sec;
}

/* The host's clock is its own. */
int lhype_set_wallclock(unsigned long secs)
{
	return -EPERM;
}

/* ns since boot: the TSC at the host's rate, else the tick. */
unsigned long long lhype_sched_clock(void)
{
	if (!boot_cpu_data.tsc_khz)
		return (unsigned long long)jiffies * TICK_NS;
	return (rdtscll() - tsc_at_boot) * 1000000ULL / boot_cpu_data.tsc_khz;
}
