/*
 * Hypervisor core: time: the TSC, and one deadline on the PIT
 *
 * The TSC is the host's clock; timer_init() measures its rate against
 * PIT channel 2 (the least of three 10 ms runs, as a load spike can only
 * lengthen one).  Guests get that rate (lguest_data.tsc_khz) and ask for
 * a timer interrupt some nanoseconds ahead: the host keeps the one
 * deadline and runs PIT channel 0 in one-shot mode towards it, re-armed
 * on each IRQ 0 until the deadline has passed (the PIT counts at most
 * 65535 ticks, 55 ms).  With no deadline the PIT still fires every
 * 55 ms: the host's tick, so a guest that never exits by itself still
 * comes back to the host now and then (lhype's interrupts-off watchdog).
 * SPDX-License-Identifier: GPL-2.0
 */
#include "hv.h"

#define PIT_HZ		1193182u
#define PIT_CH0		0x40
#define PIT_CH2		0x42
#define PIT_MODE	0x43
#define PORT_B		0x61
#define CAL_MS		10

u32 tsc_khz;
static u64 deadline;
static bool expired;

static void program(void);

static u64 measure(void)
{
	u32 count = PIT_HZ / (1000 / CAL_MS);
	unsigned long spins = 0;
	u64 t0;

	outb(PORT_B, (inb(PORT_B) & ~0x02) | 0x01);	/* gate on, no beep */
	outb(PIT_MODE, 0xb0);			/* ch 2, lo/hi, mode 0 */
	outb(PIT_CH2, count & 0xff);
	outb(PIT_CH2, count >> 8);
	t0 = rdtsc();
	while (!(inb(PORT_B) & 0x20))
		if (++spins > 100000000)
			hv_panic("PIT channel 2 does not count: no clock");
	return rdtsc() - t0;
}

void timer_init(void)
{
	u64 best = ~0ull, d;
	int i;

	for (i = 0; i < 3; i++) {
		d = measure();
		if (d < best)
			best = d;
	}
	tsc_khz = best / CAL_MS;
	if (!tsc_khz)
		hv_panic("the TSC does not count");
	program();
}

u64 timer_now(void)
{
	return rdtsc();
}

u64 ns_to_tsc(u64 ns)
{
	/* ns * khz / 10^6, without overflow for any 32-bit ns. */
	return ns * tsc_khz / 1000000u;
}

static void program(void)
{
	u64 now = rdtsc(), ticks = 0xffff;

	if (deadline && now >= deadline) {
		expired = true;
		deadline = 0;
	}
	if (deadline)
		ticks = (deadline - now) * PIT_HZ / ((u64)tsc_khz * 1000) + 1;
	if (ticks > 0xffff)
		ticks = 0xffff;
	outb(PIT_MODE, 0x30);			/* ch 0, lo/hi, one-shot */
	outb(PIT_CH0, ticks & 0xff);
	outb(PIT_CH0, ticks >> 8);
}

void timer_arm(u64 when)
{
	deadline = when;
	expired = false;
	program();
}

bool timer_expired(void)
{
	if (deadline && rdtsc() >= deadline) {
		deadline = 0;
		expired = true;
	}
	if (!expired)
		return false;
	expired = false;
	return true;
}

void timer_irq(void)
{
	pic_eoi(0);
	program();
}
