/*
 * Formatted output: printf, snprintf and their v-variants
 *
 * One formatter (format()) writes into a struct out, which is either a
 * caller's string (snprintf) or a 256-byte buffer flushed to a file
 * descriptor with write() (printf, fdprintf).  Used by all of usr/, and
 * by ktest.c for the "    # " diagnostic lines.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <stdio.h>
#include <string.h>
#include <syscall.h>

struct out {
	char *buf;
	size_t size;		/* room in buf (strings keep one for NUL) */
	size_t len;		/* bytes in buf */
	size_t total;		/* bytes produced, stored or not */
	int fd;			/* flush here when full; -1: a string */
};

/* One conversion's flags and width; '-' overrides '0', as in C. */
struct spec {
	unsigned int width;
	bool left;		/* '-': pad on the right */
	bool zero;		/* '0': pad numbers with zeros */
	bool upper;		/* %X */
	bool alt;		/* '#': 0x before %x */
};

static void out_flush(struct out *o)
{
	if (o->fd >= 0 && o->len)
		write(o->fd, o->buf, o->len);
	o->len = 0;
}

static void out_putc(struct out *o, char c)
{
	o->total++;
	if (o->len == o->size) {
		if (o->fd < 0)
			return;
		out_flush(o);
	}
	o->buf[o->len++] = c;
}

static void out_pad(struct out *o, char c, unsigned int n)
{
	while (n--)
		out_putc(o, c);
}

static void out_str(struct out *o, const char *s, const struct spec *sp)
{
	size_t n = strlen(s);
	unsigned int pad = sp->width > n ? sp->width - n : 0;

	if (!sp->left)
		out_pad(o, ' ', pad);
	while (*s)
		out_putc(o, *s++);
	if (sp->left)
		out_pad(o, ' ', pad);
}

static void out_num(struct out *o, unsigned long v, unsigned int base,
		    bool neg, const struct spec *sp)
{
	const char *digits = sp->upper ? "0123456789ABCDEF" :
					  "0123456789abcdef";
	char tmp[12];
	unsigned int n = 0, len, pad;

	do {
		tmp[n++] = digits[v % base];
		v /= base;
	} while (v);
	len = n + neg;
	pad = sp->width > len ? sp->width - len : 0;
	if (!sp->left && !sp->zero)
		out_pad(o, ' ', pad);
	if (neg)
		out_putc(o, '-');
	if (!sp->left && sp->zero)
		out_pad(o, '0', pad);
	while (n)
		out_putc(o, tmp[--n]);
	if (sp->left)
		out_pad(o, ' ', pad);
}

/* Parse flags, width and size modifiers; return the conversion char. */
static const char *parse_spec(const char *f, struct spec *sp)
{
	memset(sp, 0, sizeof(*sp));
	for (;; f++) {
		if (*f == '-')
			sp->left = true;
		else if (*f == '0')
			sp->zero = true;
		else if (*f == '#')
			sp->alt = true;
		else
			break;
	}
	while (*f >= '0' && *f <= '9')
		sp->width = sp->width * 10 + (*f++ - '0');
	while (*f == 'l' || *f == 'h' || *f == 'z')
		f++;
	return f;
}

static void convert(struct out *o, char c, struct spec *sp, va_list *ap)
{
	long d;

	switch (c) {
	case 'd':
	case 'i':
		d = va_arg(*ap, long);
		out_num(o, d < 0 ? -(unsigned long)d : (unsigned long)d, 10,
			d < 0, sp);
		break;
	case 'u':
		out_num(o, va_arg(*ap, unsigned long), 10, false, sp);
		break;
	case 'X':
		sp->upper = true;
		/* fall through */
	case 'x':
		if (sp->alt)
			out_str(o, "0x", &(struct spec){ 0 });
		out_num(o, va_arg(*ap, unsigned long), 16, false, sp);
		break;
	case 'p':
		out_str(o, "0x", &(struct spec){ 0 });
		sp->width = 8;
		sp->zero = true;
		out_num(o, (unsigned long)va_arg(*ap, void *), 16, false, sp);
		break;
	case 's':
		out_str(o, va_arg(*ap, const char *) ?: "(null)", sp);
		break;
	case 'c':
		out_putc(o, (char)va_arg(*ap, int));
		break;
	default:		/* "%%" and anything unknown: print it */
		out_putc(o, c);
	}
}

static void format(struct out *o, const char *fmt, va_list ap)
{
	struct spec sp;
	va_list aq;

	va_copy(aq, ap);
	for (; *fmt; fmt++) {
		if (*fmt != '%') {
			out_putc(o, *fmt);
			continue;
		}
		fmt = parse_spec(fmt + 1, &sp);
		if (!*fmt)
			break;
		convert(o, *fmt, &sp, &aq);
	}
	va_end(aq);
}

int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap)
{
	struct out o = { buf, size ? size - 1 : 0, 0, 0, -1 };

	format(&o, fmt, ap);
	if (size)
		buf[o.len] = '\0';
	return o.total;
}

int snprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	return n;
}

int vfdprintf(int fd, const char *fmt, va_list ap)
{
	char buf[256];
	struct out o = { buf, sizeof(buf), 0, 0, fd };

	format(&o, fmt, ap);
	out_flush(&o);
	return o.total;
}

int fdprintf(int fd, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vfdprintf(fd, fmt, ap);
	va_end(ap);
	return n;
}

int printf(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vfdprintf(1, fmt, ap);
	va_end(ap);
	return n;
}

int puts(const char *s)
{
	return printf("%s\n", s);
}
