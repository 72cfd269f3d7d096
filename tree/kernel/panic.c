/*
 * panic: stop the machine after an unrecoverable error
 *
 * Called for kernel bugs (BUG_ON), an oops (arch/i386/kernel/traps.c
 * calls it after printing registers and a backtrace) and impossible boot
 * conditions.  Prints one line and powers off with POWEROFF_PANIC, which
 * the test harness reads as a failure.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/reboot.h>
#include <asm/irqflags.h>

void panic(const char *fmt, ...)
{
	static int in_panic;
	char buf[256];
	va_list ap;

	local_irq_disable();
	if (in_panic++)
		machine_power_off(POWEROFF_PANIC);
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	printk(KERN_EMERG "Kernel panic - not syncing: %s\n", buf);
	mach_panic(buf);
	machine_power_off(POWEROFF_PANIC);
}
