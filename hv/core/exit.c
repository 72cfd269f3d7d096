/*
 * Hypervisor core: how the host ends a run
 *
 * Under QEMU the host leaves through isa-debug-exit (port 0xf4), which
 * makes QEMU exit with (status << 1) | 1: the harness reads how the
 * guest ended from it (hv.h's HV_EXIT_*).  Elsewhere (Bochs, real
 * hardware) the port does nothing and the host halts for good, its last
 * line on the console.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/stdarg.h>
#include "hv.h"

#define DEBUG_EXIT_PORT	0xf4

void hv_exit(int status)
{
	asm volatile("outl %0, %1" : : "a"((u32)status), "Nd"(DEBUG_EXIT_PORT));
	for (;;)
		asm volatile("cli; hlt");
}

/* No guest to run (a bad image, option or module): one line, status 4. */
void bad_guest(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	hv_vline("", fmt, ap);
	va_end(ap);
	hv_exit(HV_EXIT_BAD_GUEST);
}

void hv_panic(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	hv_vline("host panic: ", fmt, ap);
	va_end(ap);
	hv_exit(HV_EXIT_HOST_PANIC);
}
