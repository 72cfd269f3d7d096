/*
 * Paravirt platform: the console and the end of the run, through the backend
 *
 * start_kernel()'s first call, serial_console_init(), is
 * paravirt_console_init() with CONFIG_PARAVIRT (the series' platform
 * patch): it registers one console whose writes and reads go to
 * pv_platform_ops, the live table.  So printk works from the first line,
 * through native's 16550 before a backend is chosen, and through the
 * backend's console after (select.c calls its console_setup when it
 * takes over).  Power-off, restart and the panic notice are called
 * through the same table from linux/reboot.h's mach_* hooks.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/console.h>
#include <asm/paravirt.h>

static void paravirt_console_write(const char *s, size_t n)
{
	pv_platform_ops.console_write(s, n);
}

static int paravirt_console_read(void)
{
	return pv_platform_ops.console_read();
}

static struct console paravirt_console = {
	.name = "pvcon",
	.write = paravirt_console_write,
	.read_char = paravirt_console_read,
};

/* Also for console=ttyS1: the backend sets itself up again. */
void paravirt_console_init(void)
{
	pv_platform_ops.console_setup();
	register_console(&paravirt_console);
}
