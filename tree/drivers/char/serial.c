/*
 * 8250/16550 UART serial console on COM1
 *
 * The kernel's console: printk output goes out here (polled, so it works
 * from any context, including an oops), and console reads poll the
 * receiver.  serial_console_init() is one of the first calls in
 * start_kernel; the console= option picks the port (ttyS0, ttyS1).
 * The serial8250_* functions are the UART itself, which a paravirt
 * backend may reach by other means than this console.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <asm/io.h>

#define UART_RBR	0	/* receive buffer (read) */
#define UART_THR	0	/* transmit holding (write) */
#define UART_IER	1	/* interrupt enable */
#define UART_FCR	2	/* FIFO control */
#define UART_LCR	3	/* line control */
#define UART_MCR	4	/* modem control */
#define UART_LSR	5	/* line status */
#define UART_DLL	0	/* divisor latch, with LCR.DLAB */
#define UART_DLM	1
#define UART_LCR_8N1	0x03
#define UART_LCR_DLAB	0x80
#define UART_LSR_DR	0x01	/* data ready */
#define UART_LSR_THRE	0x20	/* transmit holding register empty */
#define UART_BAUD_BASE	115200

static const u16 serial_ports[] = { 0x3f8, 0x2f8 };
static u16 serial_port = 0x3f8;

static void serial_putc(char c)
{
	int spins = 100000;

	while (!(inb(serial_port + UART_LSR) & UART_LSR_THRE) && --spins)
		;
	outb(c, serial_port + UART_THR);
}

void serial8250_write(const char *s, size_t n)
{
	while (n--) {
		if (*s == '\n')
			serial_putc('\r');
		serial_putc(*s++);
	}
}

int serial8250_read_char(void)
{
	if (!(inb(serial_port + UART_LSR) & UART_LSR_DR))
		return -1;
	return inb(serial_port + UART_RBR);
}

/* 115200 8N1, FIFOs on, interrupts off: we poll. */
void serial8250_setup(void)
{
	unsigned int divisor = UART_BAUD_BASE / 115200;

	outb(0, serial_port + UART_IER);		/* polled */
	outb(UART_LCR_DLAB, serial_port + UART_LCR);
	outb(divisor & 0xff, serial_port + UART_DLL);
	outb(divisor >> 8, serial_port + UART_DLM);
	outb(UART_LCR_8N1, serial_port + UART_LCR);
	outb(0x07, serial_port + UART_FCR);	/* enable and clear FIFOs */
	outb(0x03, serial_port + UART_MCR);	/* DTR, RTS */
}

static struct console serial_console = {
	.name = "ttyS",
	.write = serial8250_write,
	.read_char = serial8250_read_char,
};

void serial_console_init(void)
{
	serial8250_setup();
	register_console(&serial_console);
}

/* console=ttyS0 or ttyS1 (a baud rate suffix is accepted and ignored). */
static int serial_setup(const char *val)
{
	if (strncmp(val, "ttyS", 4) || (val[4] != '0' && val[4] != '1') ||
	    (val[5] && val[5] != ','))
		return -EINVAL;
	serial_port = serial_ports[val[4] - '0'];
	serial_console_init();
	return 0;
}
__setup("console=", serial_setup);
