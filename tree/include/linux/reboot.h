/*
 * Ending the machine: power off with a status
 *
 * arch/i386/kernel/reboot.c.  Under QEMU the status reaches the host
 * through the isa-debug-exit device (QEMU exits with (status << 1) | 1);
 * elsewhere the CPU is halted for good.  Restart resets the machine.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _LINUX_REBOOT_H
#define _LINUX_REBOOT_H

#include <linux/compiler.h>

#define POWEROFF_OK	0	/* all is well */
#define POWEROFF_FAIL	1	/* a self-test failed */
#define POWEROFF_PANIC	2	/* panic or oops */

void machine_power_off(int status) __noreturn;
void machine_restart(void) __noreturn;

/* The PC's way to end (reboot.c), after the kernel's message. */
void native_machine_power_off(int status) __noreturn;
void native_machine_restart(void) __noreturn;
#define mach_power_off(status)	native_machine_power_off(status)
#define mach_restart()		native_machine_restart()
/* panic() says why before it powers off; nothing to tell on a PC. */
#define mach_panic(why)		do { } while (0)

#endif /* _LINUX_REBOOT_H */
