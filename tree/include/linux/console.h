/*
 * Consoles: where printk output goes
 *
 * drivers/char/serial.c registers the 8250 on COM1 early in boot;
 * kernel/printk.c writes each message to every registered console.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _LINUX_CONSOLE_H
#define _LINUX_CONSOLE_H

#include <linux/types.h>

struct console {
	const char *name;
	void (*write)(const char *s, size_t n);
	int (*read_char)(void);		/* -1 if no input is waiting */
	struct console *next;
};

void register_console(struct console *c);
extern struct console *console_list;
void serial_console_init(void);
/* drivers/char/serial.c: the 16550 UART behind the serial console. */
void serial8250_setup(void);
void serial8250_write(const char *s, size_t n);
int serial8250_read_char(void);
/* Reads one byte of console input, -1 if none is waiting. */
int console_getc(void);

#endif /* _LINUX_CONSOLE_H */
