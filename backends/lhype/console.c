/*
 * The lhype guest backend: the console and the end of the run
 *
 * The console is the lguest bus's console device: each write is one
 * SEND_DMA to key 0 (LGUEST_CONSOLE_DMA_KEY) with one lguest_dma whose
 * sections the host copies to its serial port, so KTAP reads as it
 * does natively.  It works from the first printk: no device page needs
 * mapping for output.  The bytes go through a buffer of ours that never
 * crosses a page (the ABI's limit for a section), "\n" as "\r\n" as the
 * 16550 console writes it.  Input is optional under the ABI; we have
 * none.  Power-off, restart and panic end the guest with CRASH and a
 * message the host reads: "Power down (status N)" gives it the status
 * the tests expect (2.6.23's plain "Power down" means 0).
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <asm/paravirt.h>
#include <asm/paravirt_patch.h>
#include <asm/irqflags.h>
#include <asm/page.h>
#include "lhype.h"

#define CONSOLE_BUF	256		/* aligned to its size: one page */
#define CRASH_MAX	128		/* the host reads no more */

static char console_buf[CONSOLE_BUF] __aligned(CONSOLE_BUF);
static struct lguest_dma console_dma;
static char crash_msg[CRASH_MAX];

BUILD_BUG_ON(PAGE_SIZE % CONSOLE_BUF);

static void send(unsigned int len)
{
	memset(&console_dma, 0, sizeof(console_dma));
	console_dma.addr[0] = __pa(console_buf);
	console_dma.len[0] = len;
	lhype_hcall(LHCALL_SEND_DMA, LGUEST_CONSOLE_DMA_KEY,
		    __pa(&console_dma), 0);
}

static void lhype_console_write(const char *s, size_t n)
{
	unsigned long flags;
	unsigned int len = 0;

	local_irq_save(flags);
	while (n--) {
		if (len + 2 > CONSOLE_BUF) {
			send(len);
			len = 0;
		}
		if (*s == '\n')
			console_buf[len++] = '\r';
		console_buf[len++] = *s++;
	}
	if (len)
		send(len);
	local_irq_restore(flags);
}

static int lhype_console_read(void)
{
	return -1;
}

/* The message, at most CRASH_MAX bytes with its NUL; does not return. */
static void __noreturn crash(const char *msg)
{
	strlcpy(crash_msg, msg, sizeof(crash_msg));
	for (;;)
		lhype_hcall(LHCALL_CRASH, __pa(crash_msg), 0, 0);
}

static void __noreturn lhype_power_off(int status)
{
	char msg[32];

	snprintf(msg, sizeof(msg), "Power down (status %d)", status);
	crash(msg);
}

static void __noreturn lhype_restart(void)
{
	crash("Restart");
}

static void lhype_panic(const char *why)
{
	crash(why);
}

const struct pv_platform_ops lhype_platform_ops = {
	.console_setup = paravirt_nop,
	.console_write = lhype_console_write,
	.console_read = lhype_console_read,
	.power_off = lhype_power_off,
	.restart = lhype_restart,
	.panic = lhype_panic,
};
