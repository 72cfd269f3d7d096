/*
 * Paravirt boot entries: a backend in charge before start_kernel()
 *
 * The common stub (entry-stub.S) calls paravirt_boot_entry() when a
 * hypervisor started the kernel at a backend's own entry instead of
 * head.S (asm/paravirt_entry.h).  We record the boot parameters as
 * head.S would have (the Linux zero page at boot_info), install the
 * backend, and say so in paravirt_boot_backend, which select.c's
 * paravirt_setup() honours: that backend is final, whatever paravirt=
 * says.  There is no native to fall back on here (the kernel may be in
 * ring 1 under a hypervisor), so a backend whose init fails stops the
 * boot with its reason, on its own console if it set one up.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/console.h>
#include <asm/bootparam.h>
#include <asm/paravirt.h>
#include <asm/paravirt_backend.h>

void start_kernel(void);

void __init paravirt_boot_entry(const struct pv_backend *b,
				unsigned long boot_info)
{
	const char *why;

	boot_protocol = BOOT_PROTO_ZEROPAGE;
	boot_info_phys = boot_info;
	why = b->init();
	if (why) {
		serial_console_init();
		panic("paravirt: %s's boot entry: %s", b->name, why);
	}
	paravirt_boot_backend = b;
	paravirt_backend_final = true;
	start_kernel();
	panic("start_kernel returned");
}
