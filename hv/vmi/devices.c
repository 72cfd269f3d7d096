/*
 * vmihost: the PC devices a kernel touches before and beside VMI
 *
 * Port I/O from the guest traps (it runs with IOPL 0 and no I/O
 * bitmap); emulate.c hands each IN and OUT here.  The models are what
 * an i386 kernel of 2007 (and ours) programs at boot:
 *   16550 COM1   THR to the host's serial port unchanged, LSR always
 *                ready; COM2 swallowed
 *   8259A pair   initialisation words, mask registers, EOI; IRQs are
 *                raised here and delivered by the run loop
 *   8254 PIT     counters read back from the TSC; channel 0's periodic
 *                modes raise IRQ 0 on the host's deadline; channel 2
 *                with port 0x61's gate and OUT bit (TSC calibration)
 *   VMI alarm    SetAlarm's (calls.c): IRQ 0 too, on its own deadline
 *   CMOS RTC     the host's wall clock, BCD, no update in progress
 *   0x80         POST diagnostics, ignored
 *   0xf4         isa-debug-exit: the guest's power-off status ends the
 *                run, as on bare QEMU
 *   0x64         the 8042's reset command: the guest asked to restart
 *   0x5650       our VMI ROM's probe port (linux/vmi_host.h): a 32-bit
 *                IN reads VMI_HOST_MAGIC; after VMI_HOST_CMD_INIT the
 *                next IN gives VMI_Init's verdict: VMI_INIT_OK the
 *                first time (vmihost_activate), VMI_INIT_REFUSED after
 * Any other port reads all ones and ignores writes.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/string.h>
#include <linux/vmi_host.h>
#include "vmihost.h"

#define PIT_HZ	1193182u

/* --- 8259A ---------------------------------------------------------------- */

struct pic {
	u8 imr, irr, base;
	u8 init_step;			/* 0: ready; 1-3: expecting ICW2-4 */
	bool icw4;
};

static struct pic pics[2] = { { .imr = 0xff, .base = 0x08 },
			      { .imr = 0xff, .base = 0x70 } };

static void pic_write(unsigned int n, bool data, u8 v)
{
	struct pic *p = &pics[n];

	if (!data && (v & 0x10)) {		/* ICW1 */
		p->init_step = 1;
		p->icw4 = v & 1;
		p->imr = 0;
		p->irr = 0;
		return;
	}
	if (data && p->init_step) {
		if (p->init_step == 1)
			p->base = v & 0xf8;	/* ICW2 */
		p->init_step++;
		if (p->init_step == 3 && !p->icw4)
			p->init_step = 0;
		else if (p->init_step == 4)
			p->init_step = 0;
		return;
	}
	if (data)
		p->imr = v;			/* OCW1 */
	/* OCW2 (EOI) and OCW3: edge-triggered, nothing in service. */
}

static void raise_irq(unsigned int irq)
{
	pics[irq >> 3].irr |= 1 << (irq & 7);
}

u32 devices_pending_irqs(void)
{
	u32 master = pics[0].irr & ~pics[0].imr;
	u32 slave = pics[1].irr & ~pics[1].imr;

	if (slave && !(pics[0].imr & 4))
		master |= 4;
	return master | slave << 8;
}

/* The lowest pending line: clears it, returns its vector. */
unsigned int devices_ack_irq(u32 pending)
{
	unsigned int irq = __builtin_ctz(pending);

	if (irq == 2 && (pending >> 8)) {
		irq = 8 + __builtin_ctz(pending >> 8);
	}
	pics[irq >> 3].irr &= ~(1 << (irq & 7));
	return pics[irq >> 3].base + (irq & 7);
}

/* --- 8254 ------------------------------------------------------------------ */

struct pit_channel {
	u8 mode, access;		/* access: 1 lo, 2 hi, 3 lo then hi */
	bool hi_next, read_hi_next;
	u16 reload;
	u64 start;			/* TSC when the count was loaded */
	bool armed;
};

static struct pit_channel pit[3];
static u8 port61;
static u64 next_irq0;

static u64 ticks_since(const struct pit_channel *c)
{
	return (timer_now() - c->start) * PIT_HZ / ((u64)tsc_khz * 1000);
}

static u32 reload_of(const struct pit_channel *c)
{
	return c->reload ? c->reload : 0x10000;
}

static u16 pit_count(const struct pit_channel *c)
{
	u64 t = ticks_since(c);
	u32 r = reload_of(c);

	if (!c->armed)
		return 0;
	if (c->mode == 2 || c->mode == 3)
		return r - t % r;
	return t >= r ? 0 : r - t;
}

static void rearm(void);

static u64 ticks_to_tsc(u64 ticks)
{
	return ticks * tsc_khz * 1000 / PIT_HZ;
}

static void pit_arm(unsigned int n)
{
	struct pit_channel *c = &pit[n];

	c->start = timer_now();
	c->armed = true;
	if (n == 0) {
		next_irq0 = c->start + ticks_to_tsc(reload_of(c));
		rearm();
	}
}

static void pit_write(unsigned int port, u8 v)
{
	struct pit_channel *c;

	if (port == 3) {
		if ((v >> 6) == 3)
			return;			/* read-back: not modelled */
		c = &pit[v >> 6];
		if (!((v >> 4) & 3))
			return;			/* counter latch: read live */
		c->access = (v >> 4) & 3;
		c->mode = (v >> 1) & 7;
		if (c->mode > 5)
			c->mode -= 4;
		c->hi_next = c->read_hi_next = false;
		c->armed = false;
		if (v >> 6 == 0) {
			next_irq0 = 0;
			rearm();
		}
		return;
	}
	c = &pit[port];
	if (c->access == 1 || (c->access == 3 && !c->hi_next))
		c->reload = (c->reload & 0xff00) | v;
	else
		c->reload = (c->reload & 0x00ff) | v << 8;
	if (c->access == 3 && !c->hi_next) {
		c->hi_next = true;
		return;
	}
	c->hi_next = false;
	pit_arm(port);
}

static u8 pit_read(unsigned int port)
{
	struct pit_channel *c = &pit[port];
	u16 count = pit_count(c);

	if (c->access == 2 || (c->access == 3 && c->read_hi_next)) {
		c->read_hi_next = false;
		return count >> 8;
	}
	if (c->access == 3)
		c->read_hi_next = true;
	return count & 0xff;
}

/* Channel 2's OUT: high once a mode 0 count has run out. */
static bool out2(void)
{
	return (port61 & 1) && pit[2].armed &&
	       ticks_since(&pit[2]) >= reload_of(&pit[2]);
}

/*
 * The VMI alarm (calls.c checked its numbers): also IRQ 0, on its own
 * deadline.  An expiry already past fires at the next look; a periodic
 * one then keeps its phase, expiry + k * period, skipping what it
 * missed rather than firing a burst.
 */
static u64 alarm_at, alarm_period;
static bool alarm_armed;

static void rearm(void)
{
	u64 next = next_irq0;

	if (alarm_armed && (!next || alarm_at < next))
		next = alarm_at ? alarm_at : 1;
	timer_arm(next);
}

/* Could an interrupt ever come: one raised, or a timer running? */
bool devices_can_wake(void)
{
	return devices_pending_irqs() || next_irq0 || alarm_armed;
}

void devices_set_alarm(u64 expiry, u64 period)
{
	alarm_at = expiry;
	alarm_period = period;
	alarm_armed = true;
	rearm();
}

bool devices_cancel_alarm(void)
{
	bool was = alarm_armed;

	alarm_armed = false;
	rearm();
	return was;
}

/* From the run loop: a deadline passed, the PIT's or the alarm's. */
void devices_tick(void)
{
	struct pit_channel *c = &pit[0];
	u64 now;

	if (!(next_irq0 || alarm_armed) || !timer_expired())
		return;
	now = timer_now();
	if (next_irq0 && now >= next_irq0) {
		raise_irq(0);
		if (c->mode == 2 || c->mode == 3) {
			next_irq0 += ticks_to_tsc(reload_of(c));
			if (next_irq0 < now)	/* fell behind: no burst */
				next_irq0 = now + ticks_to_tsc(reload_of(c));
		} else {
			next_irq0 = 0;
		}
	}
	if (alarm_armed && now >= alarm_at) {
		raise_irq(0);
		if (alarm_period)
			alarm_at += ((now - alarm_at) / alarm_period + 1) *
				    alarm_period;
		else
			alarm_armed = false;
	}
	rearm();
}

/* --- CMOS RTC ----------------------------------------------------------------- */

static u8 cmos_index;

static u8 bcd(unsigned int v)
{
	return (v / 10) << 4 | v % 10;
}

static u8 cmos_read(void)
{
	u32 s, ns, days, y, m, d;

	rtc_now(&s, &ns);
	days = s / 86400;
	switch (cmos_index & 0x7f) {
	case 0x00: return bcd(s % 60);
	case 0x02: return bcd(s / 60 % 60);
	case 0x04: return bcd(s / 3600 % 24);
	case 0x06: return bcd((days + 4) % 7 + 1);
	case 0x0a: return 0x26;			/* no update in progress */
	case 0x0b: return 0x02;			/* 24 h, BCD */
	case 0x0d: return 0x80;			/* battery good */
	case 0x07: case 0x08: case 0x09: case 0x32:
		/* The civil date of days since 1970, March-based years. */
		days += 719468;
		y = (days - days / 1460 + days / 36524 - days / 146096) / 365;
		d = days - (365 * y + y / 4 - y / 100);
		m = (5 * d + 2) / 153;
		d = d - (153 * m + 2) / 5 + 1;
		m = m < 10 ? m + 3 : m - 9;
		y += m <= 2;
		if ((cmos_index & 0x7f) == 0x07)
			return bcd(d);
		if ((cmos_index & 0x7f) == 0x08)
			return bcd(m);
		if ((cmos_index & 0x7f) == 0x09)
			return bcd(y % 100);
		return bcd(y / 100);
	}
	return 0;
}

/* --- 16550 --------------------------------------------------------------------- */

static u8 uart_lcr, uart_scratch, uart_ier, uart_mcr;

static u8 uart(unsigned int reg, bool in, u8 v, bool com1)
{
	bool dlab = uart_lcr & 0x80;

	if (!in) {
		switch (reg) {
		case 0:
			if (!dlab && com1)
				console_putc(v);
			break;
		case 1: if (!dlab) uart_ier = v; break;
		case 3: uart_lcr = v; break;
		case 4: uart_mcr = v; break;
		case 7: uart_scratch = v; break;
		}
		return 0;
	}
	switch (reg) {
	case 1: return dlab ? 0 : uart_ier;
	case 2: return 0xc1;			/* FIFOs, no interrupt */
	case 3: return uart_lcr;
	case 4: return uart_mcr;
	case 5: return 0x60;			/* transmitter empty */
	case 6: return 0xb0;			/* CTS, DSR, DCD */
	case 7: return uart_scratch;
	}
	return 0;
}

/* --- the port map -------------------------------------------------------------- */

static u8 port_in8(u16 port)
{
	if (port >= 0x3f8 && port <= 0x3ff)
		return uart(port - 0x3f8, true, 0, true);
	if (port == 0x21 || port == 0xa1)
		return pics[port == 0xa1].imr;
	if (port >= 0x40 && port <= 0x42)
		return pit_read(port - 0x40);
	if (port == 0x61)
		return (port61 & 0x0f) | (out2() ? 0x20 : 0);
	if (port == 0x71)
		return cmos_read();
	return 0xff;
}

static void port_out8(u16 port, u8 v)
{
	if (port >= 0x3f8 && port <= 0x3ff)
		uart(port - 0x3f8, false, v, true);
	else if (port == 0x20 || port == 0x21)
		pic_write(0, port == 0x21, v);
	else if (port == 0xa0 || port == 0xa1)
		pic_write(1, port == 0xa1, v);
	else if (port >= 0x40 && port <= 0x43)
		pit_write(port - 0x40, v);
	else if (port == 0x61)
		port61 = v;
	else if (port == 0x70)
		cmos_index = v;
	else if (port == 0x64 && v == 0xfe)
		guest_stop(0, "guest restarted its machine (8042 reset)");
}

/* The ROM's probe port: the magic, or VMI_Init's verdict once asked. */
static bool init_asked;

static u32 vmi_port(bool in, u32 val)
{
	if (!in) {
		init_asked = val == VMI_HOST_CMD_INIT;
		return 0;
	}
	if (init_asked) {
		init_asked = false;
		if (vcpu.vmi_active)
			return VMI_INIT_REFUSED;	/* a second VMI_Init */
		vmihost_activate();
		return VMI_INIT_OK;
	}
	return VMI_HOST_MAGIC;
}

void devices_port_io(u16 port, unsigned int size, bool in, u32 *val)
{
	unsigned int i;

	if (port == VMI_HOST_PORT && size == 4) {
		*val = vmi_port(in, *val);
		return;
	}
	if (port == 0xf4 && !in)	/* isa-debug-exit: the power-off status */
		guest_stop(*val & 0xff, "guest powered off (status %u); %llu "
			   "instructions emulated", *val & 0xff,
			   (unsigned long long)vcpu.emulated);
	if (in) {
		*val = 0;
		for (i = 0; i < size; i++)
			*val |= (u32)port_in8(port + i) << (8 * i);
	} else {
		for (i = 0; i < size; i++)
			port_out8(port + i, *val >> (8 * i));
	}
}

void devices_init(void)
{
	memset(pit, 0, sizeof(pit));
	next_irq0 = alarm_at = alarm_period = 0;
	alarm_armed = false;
	init_asked = false;
}
