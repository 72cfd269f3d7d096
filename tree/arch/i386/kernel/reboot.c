/*
 * Power-off with a status (isa-debug-exit), then halt; restart
 *
 * machine_power_off() is called by init's poweroff system call, by the
 * self-test runner when it has printed its results, and by panic().
 * QEMU's isa-debug-exit device, at the port the harness configures
 * (Makefile.conf), ends the emulator with exit code (status << 1) | 1.
 * Without it (real hardware, Bochs), the write is ignored and the CPU
 * stops with interrupts off.  machine_restart() (crashtest=restart)
 * resets the PC through the keyboard controller.  The mach_* hooks of
 * linux/reboot.h do the machine's part, after the message.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/reboot.h>
#include <asm/io.h>
#include <asm/irqflags.h>

#define DEBUG_EXIT_PORT	0xf4
#define KBC_COMMAND	0x64	/* 8042 keyboard controller */
#define KBC_PULSE_RESET	0xfe	/* pulse output line 0: CPU reset */

void native_machine_power_off(int status)
{
	outl(status, DEBUG_EXIT_PORT);
	for (;;)
		halt();
}

void native_machine_restart(void)
{
	outb(KBC_PULSE_RESET, KBC_COMMAND);
	for (;;)
		halt();
}

void machine_power_off(int status)
{
	local_irq_disable();
	printk(KERN_EMERG "Power down (status %d).\n", status);
	mach_power_off(status);
}

void machine_restart(void)
{
	local_irq_disable();
	printk(KERN_EMERG "Restarting system.\n");
	mach_restart();
}
