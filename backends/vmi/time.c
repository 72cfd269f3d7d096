/*
 * Virtual Machine Interface (VMI) guest backend: the tick and clocks
 *
 * vmi.c's activate() calls vmi_time_setup() once the relocations are
 * read.  If the ROM has the time calls (GetCycleFrequency, and with it
 * GetCycleCounter, SetAlarm, CancelAlarm and GetWallclockTime, as
 * CALL_REL) and vmi=disable_timer is not on the command line, the time
 * ops become ours, so the PIT and the RTC are left alone; else they
 * stay native (the PIT tick, calibration against PIT channel 2).
 * time_init (start_kernel, after init_IRQ) takes the TSC's rate from
 * GetCycleFrequency instead of calibrating it, stops PIT channel 0 in
 * case a BIOS left it running, and drives the HZ tick by one periodic
 * alarm on IRQ 0 counting REAL cycles: the hypervisor keeps its phase,
 * so a tick costs no call to re-arm it.  The wallclock is
 * GetWallclockTime's nanoseconds; sched_clock counts AVAILABLE cycles
 * (section 4.7 of the reference; Documentation/paravirt/vmi.txt).
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <linux/time.h>
#include <asm/paravirt.h>
#include <asm/paravirt_irq.h>
#include <asm/irq.h>
#include <asm/io.h>
#include <asm/processor.h>
#include "vmi.h"

#define PIT_MODE	0x43
#define PIT_CH0_OFF	0x3a	/* channel 0, lobyte/hibyte, mode 5: no IRQ */
#define NSEC_PER_SEC	1000000000ULL

#define ALARM_FLAGS	(VMI_ALARM_WIRED_IRQ0 | VMI_ALARM_IS_PERIODIC | \
			 VMI_CYCLES_REAL)

/* The series' clock hooks (asm/paravirt_irq.h): NULL on a tree without. */
PARAVIRT_IRQ_HOOKS_WEAK;

typedef u64 (*vmi_u64_fn)(void);
typedef u64 (*vmi_counter_fn)(u32 counter);
typedef void (*vmi_set_alarm_fn)(u32 flags, u64 expiry, u64 period);
typedef u32 (*vmi_cancel_alarm_fn)(u32 flags);

bool vmi_disable_timer;
static u64 cycles_per_tick, cycles_at_boot;
static u32 khz;

/* vmi=disable_timer: keep the PIT (Linux's option; the others are not ours). */
static int vmi_param(const char *val)
{
	if (strcmp(val, "disable_timer"))
		return -EINVAL;
	vmi_disable_timer = true;
	return 0;
}
__setup("vmi=", vmi_param);

u64 vmi_cycle_frequency(void)
{
	return ((vmi_u64_fn)vmi_entry(VMI_CALL_GetCycleFrequency))();
}

u64 vmi_cycle_counter(u32 counter)
{
	return ((vmi_counter_fn)vmi_entry(VMI_CALL_GetCycleCounter))(counter);
}

u64 vmi_wallclock_ns(void)
{
	return ((vmi_u64_fn)vmi_entry(VMI_CALL_GetWallclockTime))();
}

/* The periodic tick alarm, first due one period from now. */
void vmi_tick_alarm_start(void)
{
	((vmi_set_alarm_fn)vmi_entry(VMI_CALL_SetAlarm))(ALARM_FLAGS,
		vmi_cycle_counter(VMI_CYCLES_REAL) + cycles_per_tick,
		cycles_per_tick);
}

/* True if it was armed. */
bool vmi_tick_alarm_cancel(void)
{
	return ((vmi_cancel_alarm_fn)vmi_entry(VMI_CALL_CancelAlarm))(ALARM_FLAGS);
}

static void vmi_timer_interrupt(int irq, struct pt_regs *regs)
{
	paravirt_timer_tick(regs);
}

void __init vmi_time_init(void)
{
	u64 freq = vmi_cycle_frequency();

	khz = freq / 1000;
	boot_cpu_data.tsc_khz = khz;
	cycles_per_tick = freq / HZ;
	cycles_at_boot = vmi_cycle_counter(VMI_CYCLES_AVAILABLE);
	if (!cycles_per_tick)
		panic("time: the VMI cycle counter runs at %llu Hz", freq);
	outb(PIT_CH0_OFF, PIT_MODE);
	if (request_irq(TIMER_IRQ, vmi_timer_interrupt, "timer"))
		panic("time: IRQ 0 is taken");
	vmi_tick_alarm_start();
	printk(KERN_INFO "time: TSC %u.%03u MHz (from vmi), tick %d Hz by a periodic VMI alarm\n",
	       khz / 1000, khz % 1000, HZ);
	paravirt_wallclock_init();
	printk(KERN_INFO "time: wallclock %lu s since the epoch (from vmi)\n",
	       vmi_get_wallclock());
}

unsigned long vmi_get_wallclock(void)
{
	return vmi_wallclock_ns() / NSEC_PER_SEC;
}

/*
 * The wallclock is the hypervisor's (WallclockUpdated is the host
 * telling us, not a way to tell it): a write is refused, as the lhype
 * backend refuses it, so a caller knows the clock did not change.
 */
int vmi_set_wallclock(unsigned long secs)
{
	(void)secs;
	return -EPERM;
}

/* ns since time_init: AVAILABLE cycles at the hypervisor's rate. */
unsigned long long vmi_sched_clock(void)
{
	u64 c = vmi_cycle_counter(VMI_CYCLES_AVAILABLE) - cycles_at_boot;

	if (!khz)		/* before time_init */
		return 0;
	return c / khz * 1000000ULL + c % khz * 1000000ULL / khz;
}

static const struct pv_time_ops vmi_time_ops = {
	.time_init = vmi_time_init,
	.get_wallclock = vmi_get_wallclock,
	.set_wallclock = vmi_set_wallclock,
	.sched_clock = vmi_sched_clock,
};

static const u8 time_calls[] = {
	VMI_CALL_GetCycleFrequency, VMI_CALL_GetCycleCounter,
	VMI_CALL_SetAlarm, VMI_CALL_CancelAlarm, VMI_CALL_GetWallclockTime,
};

/* From activate(): our time ops if the ROM has the calls. */
void vmi_time_setup(void)
{
	unsigned int i;

	if (!vmi_has(VMI_CALL_GetCycleFrequency))
		return;			/* no VMI timer: the PIT, silently */
	if (vmi_disable_timer) {
		printk(KERN_INFO "vmi: vmi=disable_timer: time stays on the PIT\n");
		return;
	}
	if (!&paravirt_timer_tick || !&paravirt_wallclock_init) {
		printk(KERN_WARNING "vmi: this kernel lacks the clock hooks; time stays on the PIT\n");
		return;
	}
	for (i = 0; i < ARRAY_SIZE(time_calls); i++)
		if (!vmi_has(time_calls[i])) {
			printk(KERN_WARNING "vmi: the ROM has GetCycleFrequency but call %u is type %u; time stays on the PIT\n",
			       time_calls[i], vmi_relocs[time_calls[i]].type);
			return;
		}
	pv_time_ops = vmi_time_ops;
}
