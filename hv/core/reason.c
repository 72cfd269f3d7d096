/*
 * Reason strings: one-line messages built without printf
 *
 * The small formatter behind the parsers' refusals (hv/core/reason.h):
 * hv/core/elf.c and hv/lhype/options.c append to a caller's buffer, and
 * the host prints the line.
 * SPDX-License-Identifier: GPL-2.0
 */
#include "reason.h"

void reason_init(struct reason *r, char *buf, size_t size)
{
	r->buf = buf;
	r->size = size;
	r->len = 0;
	if (size)
		buf[0] = '\0';
}

static void put(struct reason *r, char c)
{
	if (r->len + 1 >= r->size)
		return;
	r->buf[r->len++] = c;
	r->buf[r->len] = '\0';
}

void reason_str(struct reason *r, const char *s)
{
	while (*s)
		put(r, *s++);
}

/* v in base (10 or 16), most significant digit first. */
static void number(struct reason *r, u32 v, u32 base)
{
	char digits[10];
	int n = 0;

	do {
		digits[n++] = "0123456789abcdef"[v % base];
		v /= base;
	} while (v);
	while (n)
		put(r, digits[--n]);
}

void reason_hex(struct reason *r, u32 v)
{
	reason_str(r, "0x");
	number(r, v, 16);
}

void reason_dec(struct reason *r, u32 v)
{
	number(r, v, 10);
}

void reason_size(struct reason *r, u32 bytes)
{
	if (bytes && !(bytes & ((1u << 20) - 1))) {
		number(r, bytes >> 20, 10);
		reason_str(r, " MiB");
	} else if (bytes && !(bytes & ((1u << 10) - 1))) {
		number(r, bytes >> 10, 10);
		reason_str(r, " KiB");
	} else {
		number(r, bytes, 10);
		reason_str(r, bytes == 1 ? " byte" : " bytes");
	}
}
