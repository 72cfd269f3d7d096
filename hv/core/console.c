/*
 * Hypervisor core: the serial console the host and its guest share
 *
 * COM1 at 115200 8N1.  The guest's console output goes out unchanged
 * (the ABI's console device calls console_write), so a KTAP parser
 * reads it as on bare hardware; the host's own messages are whole lines
 * beginning with "<hv_name>: ".
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/stdarg.h>
#include <linux/kernel.h>
#include "hv.h"

#define COM1		0x3f8
#define UART_LSR_THRE	0x20
#define UART_LSR_DR	0x01

void console_init(void)
{
	outb(COM1 + 1, 0x00);		/* no interrupts */
	outb(COM1 + 3, 0x80);		/* DLAB */
	outb(COM1 + 0, 0x01);		/* 115200 */
	outb(COM1 + 1, 0x00);
	outb(COM1 + 3, 0x03);		/* 8N1 */
	outb(COM1 + 2, 0xc7);		/* FIFOs on, cleared */
	outb(COM1 + 4, 0x03);		/* DTR, RTS */
}

void console_putc(char c)
{
	unsigned int spins = 100000;

	while (!(inb(COM1 + 5) & UART_LSR_THRE) && --spins)
		cpu_relax();
	outb(COM1, c);
}

void console_write(const char *s, size_t n)
{
	while (n--)
		console_putc(*s++);
}

int console_getc(void)
{
	if (!(inb(COM1 + 5) & UART_LSR_DR))
		return -1;
	return inb(COM1);
}

static void vprint(const char *fmt, va_list ap)
{
	char buf[512];
	int n;

	n = vsnprintf(buf, sizeof(buf), fmt, ap);
	if (n > (int)sizeof(buf) - 1)
		n = sizeof(buf) - 1;
	console_write(buf, n);
}

void hv_printf(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vprint(fmt, ap);
	va_end(ap);
}

/* One line of the host's: "<hv_name>: <what><message>\n". */
void hv_vline(const char *what, const char *fmt, va_list ap)
{
	hv_printf("%s: %s", hv_name, what);
	vprint(fmt, ap);
	console_putc('\n');
}

void hv_msg(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	hv_vline("", fmt, ap);
	va_end(ap);
}
