/*
 * Command-line token and value parsing
 *
 * See linux/cmdline.h.  Strict by design: "loglevel=7x" or a size that
 * overflows 32 bits is an error, not a guess.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/cmdline.h>
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/errno.h>

const char *next_arg(const char *s, char *tok, size_t size, bool *toolong)
{
	size_t n = 0;

	*toolong = false;
	while (*s == ' ' || *s == '\t' || *s == '\n')
		s++;
	if (!*s)
		return NULL;
	for (; *s && *s != ' ' && *s != '\t' && *s != '\n'; s++) {
		if (n + 1 < size)
			tok[n++] = *s;
		else
			*toolong = true;
	}
	if (size)
		tok[n] = '\0';
	return s;
}

size_t cmdline_copy(char *dst, const char *src, size_t size, size_t max)
{
	size_t len = strnlen(src, max);
	size_t n = len < size - 1 ? len : size - 1;

	memcpy(dst, src, n);
	dst[n] = '\0';
	return len;
}

static int digit(char c, unsigned int base)
{
	int d;

	if (c >= '0' && c <= '9')
		d = c - '0';
	else if (c >= 'a' && c <= 'f')
		d = c - 'a' + 10;
	else if (c >= 'A' && c <= 'F')
		d = c - 'A' + 10;
	else
		return -1;
	return d < (int)base ? d : -1;
}

/* Parses the number at *s, advancing it past the digits. */
static int parse_number(const char **s, unsigned long *val)
{
	const char *p = *s;
	unsigned int base = 10;
	unsigned long v = 0;
	int d, n = 0;

	if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
		base = 16;
		p += 2;
	}
	for (; (d = digit(*p, base)) >= 0; p++, n++) {
		if (v > (0xffffffffUL - d) / base)
			return -ERANGE;
		v = v * base + d;
	}
	if (!n)
		return -EINVAL;
	*s = p;
	*val = v;
	return 0;
}

int parse_ulong(const char *s, unsigned long *val)
{
	int err = parse_number(&s, val);

	if (err)
		return err;
	return *s ? -EINVAL : 0;
}

int parse_size(const char *s, unsigned long *val)
{
	unsigned long v;
	int shift = 0, err = parse_number(&s, &v);

	if (err)
		return err;
	switch (*s) {
	case 'G': case 'g': shift = 30; s++; break;
	case 'M': case 'm': shift = 20; s++; break;
	case 'K': case 'k': shift = 10; s++; break;
	}
	if (*s)
		return -EINVAL;
	if (shift && v > (0xffffffffUL >> shift))
		return -ERANGE;
	*val = v << shift;
	return 0;
}

bool list_contains(const char *list, const char *item)
{
	size_t len = strlen(item);

	while (*list) {
		const char *end = strchr(list, ',');
		size_t n = end ? (size_t)(end - list) : strlen(list);

		if (n == len && !strncmp(list, item, n))
			return true;
		if (!end)
			break;
		list = end + 1;
	}
	return false;
}
