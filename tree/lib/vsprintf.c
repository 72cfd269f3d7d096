/*
 * Formatted output: vsnprintf and friends
 *
 * The engine behind printk.  Supports %d %i %u %x %X %o %c %s %p %%, the
 * l and ll length modifiers, '-', '0' and '#' flags, and field widths
 * (also '*').  Output is always NUL-terminated and truncated to the
 * buffer; the return value is the length the full output would have.
 * Also compiled on the host by tests/unit.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/string.h>

struct out {
	char *buf;
	size_t size, len;
};

static void put(struct out *o, char c)
{
	if (o->len + 1 < o->size)
		o->buf[o->len] = c;
	o->len++;
}

static void pad(struct out *o, char c, int n)
{
	while (n-- > 0)
		put(o, c);
}

#define F_LEFT	1
#define F_ZERO	2
#define F_ALT	4

/* Emits body (len bytes) in a field of width, per the flags. */
static void put_field(struct out *o, const char *prefix, const char *body,
		      int len, int width, int flags)
{
	int plen = strlen(prefix), padn = width - plen - len;

	if (!(flags & (F_LEFT | F_ZERO)))
		pad(o, ' ', padn);
	while (*prefix)
		put(o, *prefix++);
	if ((flags & (F_LEFT | F_ZERO)) == F_ZERO)
		pad(o, '0', padn);
	while (len--)
		put(o, *body++);
	if (flags & F_LEFT)
		pad(o, ' ', padn);
}

static void put_num(struct out *o, unsigned long long v, bool neg,
		    unsigned int base, bool upper, int width, int flags)
{
	const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	char tmp[24], prefix[4] = "";
	int n = sizeof(tmp);

	do {
		tmp[--n] = digits[v % base];
		v /= base;
	} while (v);
	if (neg)
		strlcpy(prefix, "-", sizeof(prefix));
	if ((flags & F_ALT) && base == 16)
		strlcpy(prefix + neg, upper ? "0X" : "0x", sizeof(prefix) - neg);
	if ((flags & F_ALT) && base == 8 && tmp[n] != '0')
		tmp[--n] = '0';
	put_field(o, prefix, tmp + n, sizeof(tmp) - n, width, flags);
}

static const char *parse_flags(const char *f, int *flags)
{
	for (*flags = 0;; f++) {
		if (*f == '-')
			*flags |= F_LEFT;
		else if (*f == '0')
			*flags |= F_ZERO;
		else if (*f == '#')
			*flags |= F_ALT;
		else
			return f;
	}
}

/* Fetches an integer argument of the given length (0: int, 1: long, 2: ll). */
#define NUM_ARG(ap, lng, type)						\
	((lng) > 1 ? (type long long)va_arg(ap, type long long) :	\
	 (lng) ? (type long long)va_arg(ap, type long) :		\
		 (type long long)va_arg(ap, type int))

int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap)
{
	struct out o = { buf, size, 0 };

	for (; *fmt; fmt++) {
		int flags, width = 0, lng = 0;
		const char *str;
		char c;

		if (*fmt != '%') {
			put(&o, *fmt);
			continue;
		}
		fmt = parse_flags(fmt + 1, &flags);
		if (*fmt == '*') {
			width = va_arg(ap, int);
			if (width < 0) {	/* as C: '-' and the width */
				flags |= F_LEFT;
				width = -width;
			}
			fmt++;
		}
		while (*fmt >= '0' && *fmt <= '9')
			width = width * 10 + *fmt++ - '0';
		while (*fmt == 'l')
			lng++, fmt++;
		switch (*fmt) {
		case 'c':
			c = (char)va_arg(ap, int);
			put_field(&o, "", &c, 1, width, flags & ~F_ZERO);
			break;
		case 's':
			str = va_arg(ap, const char *);
			if (!str)
				str = "(null)";
			put_field(&o, "", str, strlen(str), width,
				  flags & ~F_ZERO);
			break;
		case 'p':
			put_num(&o, (unsigned long)va_arg(ap, void *), false,
				16, false, 8, F_ZERO);
			break;
		case 'd':
		case 'i': {
			long long v = NUM_ARG(ap, lng, signed);

			put_num(&o, v < 0 ? -(unsigned long long)v : v, v < 0,
				10, false, width, flags);
			break;
		}
		case 'u':
		case 'x':
		case 'X':
		case 'o':
			put_num(&o, NUM_ARG(ap, lng, unsigned), false,
				*fmt == 'o' ? 8 : *fmt == 'u' ? 10 : 16,
				*fmt == 'X', width, flags);
			break;
		case '%':
			put(&o, '%');
			break;
		case '\0':
			fmt--;
			break;
		default:
			put(&o, '%');
			put(&o, *fmt);
			break;
		}
	}
	if (size)
		buf[o.len < size ? o.len : size - 1] = '\0';
	return o.len;
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

unsigned long simple_strtoul(const char *s, char **end, unsigned int base)
{
	unsigned long v = 0;

	if (!base) {
		base = 10;
		if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
			base = 16;
			s += 2;
		}
	}
	for (;; s++) {
		unsigned int d;

		if (*s >= '0' && *s <= '9')
			d = *s - '0';
		else if (*s >= 'a' && *s <= 'f')
			d = *s - 'a' + 10;
		else if (*s >= 'A' && *s <= 'F')
			d = *s - 'A' + 10;
		else
			break;
		if (d >= base)
			break;
		v = v * base + d;
	}
	if (end)
		*end = (char *)s;
	return v;
}
