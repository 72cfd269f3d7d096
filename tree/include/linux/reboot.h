/*
 * Ending the machine: power off with a status
 *
 * arch/i386/kernel/reboot.c.  Under QEMU the status reaches the host
 * through the isa-debug-exit device (QEMU exits with (status << 1) | 1);
 * elsewhere the CPU is halted for good.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _LINUX_REBOOT_H
#define _LINUX_REBOOT_H

#include <linux/compiler.h>

#define POWEROFF_OK	0	/* all is well */
#define POWEROFF_FAIL	1	/* a self-test failed */
#define POWEROFF_PANIC	2	/* panic or oops */

void machine_power_off(int status) __noreturn;

#endif /* _LINUX_REBOOT_H */
