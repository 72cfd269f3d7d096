/*
 * Power-off with a status (isa-debug-exit), then halt
 *
 * Called by init's poweroff system call, by the self-test runner when it
 * has printed its results, and by panic().  QEMU's isa-debug-exit device,
 * at the port the harness configures (Makefile.conf), ends the emulator
 * with exit code (status << 1) | 1.  Without it (real hardware, Bochs),
 * the write is ignored and the CPU stops with interrupts off.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/reboot.h>
#include <asm/io.h>
#include <asm/irqflags.h>

#define DEBUG_EXIT_PORT	0xf4

void machine_power_off(int status)
{
	local_irq_disable();
	printk(KERN_EMERG "Power down (status %d).\n", status);
	outl(status, DEBUG_EXIT_PORT);
	for (;;)
		halt();
}
