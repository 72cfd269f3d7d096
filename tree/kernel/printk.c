/*
 * printk: kernel messages with log levels
 *
 * Every kernel message goes through here.  A message starting with
 * "<N>" (KERN_*) has level N; messages above console_loglevel (the
 * loglevel= option) are dropped.  Output is written whole to each
 * console with interrupts off, so lines from different tasks do not mix.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/init.h>
#include <linux/cmdline.h>
#include <linux/errno.h>
#include <linux/file.h>
#include <asm/irqflags.h>

#define DEFAULT_MESSAGE_LOGLEVEL	4	/* KERN_WARNING */

int console_loglevel = 7;	/* print everything up to KERN_INFO */
struct console *console_list;

void register_console(struct console *c)
{
	struct console *p;

	for (p = console_list; p; p = p->next)
		if (p == c)
			return;
	c->next = console_list;
	console_list = c;
}

int console_getc(void)
{
	struct console *c;
	int ch;

	for (c = console_list; c; c = c->next)
		if (c->read_char && (ch = c->read_char()) >= 0)
			return ch;
	return -1;
}

/* User output (kernel/file.c): written as is, whole, to every console. */
void console_write(const char *s, size_t n)
{
	struct console *c;
	unsigned long flags;

	local_irq_save(flags);
	for (c = console_list; c; c = c->next)
		c->write(s, n);
	local_irq_restore(flags);
}

static bool at_line_start = true;
static int line_level = DEFAULT_MESSAGE_LOGLEVEL;

int vprintk(const char *fmt, va_list ap)
{
	char buf[512];
	const char *p = buf;
	struct console *c;
	unsigned long flags;
	int len;

	len = vsnprintf(buf, sizeof(buf), fmt, ap);
	if (len >= (int)sizeof(buf))
		len = sizeof(buf) - 1;
	local_irq_save(flags);
	/* A level prefix counts at a line's start; later it is dropped. */
	if (at_line_start)
		line_level = DEFAULT_MESSAGE_LOGLEVEL;
	if (p[0] == '<' && p[1] >= '0' && p[1] <= '7' && p[2] == '>') {
		if (at_line_start)
			line_level = p[1] - '0';
		p += 3;
		len -= 3;
	}
	if (len > 0) {
		at_line_start = p[len - 1] == '\n';
		if (line_level < console_loglevel || line_level == 0)
			for (c = console_list; c; c = c->next)
				c->write(p, len);
	}
	local_irq_restore(flags);
	return len;
}

int printk(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vprintk(fmt, ap);
	va_end(ap);
	return n;
}

/* loglevel=N: print messages of level below N (0..8). */
static int loglevel_setup(const char *val)
{
	unsigned long v;

	if (parse_ulong(val, &v) || v > 8)
		return -EINVAL;
	console_loglevel = v;
	return 0;
}
__setup("loglevel=", loglevel_setup);
