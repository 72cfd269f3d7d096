/*
 * The counting paravirt backend: its boot entry
 *
 * A loader may start the kernel here instead of at head.S, as a
 * hypervisor starts its guest at its backend's entry: the byte after
 * the string below, paging on, ESI = the boot parameters
 * (asm/paravirt_entry.h).  Count is then in charge from the first
 * instruction.  tests/zpload does that on bare hardware (zpload
 * --entry=GenuineCount, tests/boot/pventry.t).
 * SPDX-License-Identifier: GPL-2.0
 */
#include <asm/paravirt_entry.h>

PARAVIRT_BOOT_ENTRY("GenuineCount", count_backend)
