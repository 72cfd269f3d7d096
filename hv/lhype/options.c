/*
 * lhype's command lines: the host's options and the guest module string
 *
 * lhype_parse_options() and lhype_split_module() (hv/lhype/options.h)
 * read the two strings the Multiboot loader hands the host, each within
 * a bound the caller gives, and refuse anything they do not understand
 * with one line for "lhype: <why>".  Sizes are parsed in 64 bits, so no
 * number of digits or suffix can wrap around into a small value.
 * SPDX-License-Identifier: GPL-2.0
 */
#include "options.h"
#include "../core/reason.h"
#include <linux/lguest.h>

#define WORD_SHOWN	40	/* the longest word quoted in a message */

static bool is_space(char c)
{
	return c == ' ' || c == '\t';
}

/* The string's length up to its NUL, or -1 without a NUL in max bytes. */
static long bounded_len(const char *s, size_t max)
{
	size_t n;

	for (n = 0; n < max; n++)
		if (!s[n])
			return n;
	return -1;
}

/* what"word", the word cut at WORD_SHOWN characters, odd bytes as '?'. */
static void quote(struct reason *r, const char *what, const char *w,
		  size_t len)
{
	char shown[WORD_SHOWN + 1];
	size_t i, n = len < WORD_SHOWN ? len : WORD_SHOWN;

	for (i = 0; i < n; i++)
		shown[i] = w[i] >= ' ' && w[i] < 0x7f ? w[i] : '?';
	shown[n] = '\0';
	reason_str(r, what);
	reason_str(r, "\"");
	reason_str(r, shown);
	reason_str(r, n < len ? "...\"" : "\"");
}

/* A size: decimal digits and one of K, M, G (any case), or none. */
static bool parse_size(const char *v, size_t len, u64 *bytes)
{
	u64 n = 0;
	size_t i;

	for (i = 0; i < len && v[i] >= '0' && v[i] <= '9'; i++) {
		n = n * 10 + (v[i] - '0');
		if (n > 0xffffffffull)
			return false;	/* more than 4 GiB already */
	}
	if (i == 0)
		return false;
	if (i + 1 == len) {
		switch (v[i] | 0x20) {
		case 'k':
			n <<= 10;
			break;
		case 'm':
			n <<= 20;
			break;
		case 'g':
			n <<= 30;
			break;
		default:
			return false;
		}
	} else if (i != len) {
		return false;
	}
	*bytes = n;
	return true;
}

/* mem=N[KMG]: within LHYPE_MEM_MIN..host_mem, a multiple of 4 KiB. */
static int option_mem(const char *w, size_t len, u32 host_mem,
		      struct lhype_options *opt, struct reason *r)
{
	u64 bytes;

	if (!parse_size(w + 4, len - 4, &bytes)) {
		quote(r, "bad size in ", w, len);
		reason_str(r, ": want a number with K, M or G, like mem=64M");
		return -1;
	}
	if (bytes % PAGE_SIZE) {
		quote(r, "", w, len);
		reason_str(r, " is not a multiple of 4 KiB");
		return -1;
	}
	if (bytes < LHYPE_MEM_MIN || bytes > host_mem) {
		quote(r, "", w, len);
		reason_str(r, bytes < LHYPE_MEM_MIN ?
			   " is less than a guest needs (" :
			   " is more than the host has (");
		reason_size(r, bytes < LHYPE_MEM_MIN ? LHYPE_MEM_MIN : host_mem);
		reason_str(r, ")");
		return -1;
	}
	opt->mem = bytes;
	return 0;
}

/* irqoff=N: seconds, 1 to LHYPE_IRQOFF_MAX. */
static int option_irqoff(const char *w, size_t len,
			 struct lhype_options *opt, struct reason *r)
{
	u64 secs = 0;
	size_t i;

	for (i = 7; i < len && w[i] >= '0' && w[i] <= '9' &&
	     secs <= LHYPE_IRQOFF_MAX; i++)
		secs = secs * 10 + (w[i] - '0');
	if (i == 7 || i != len || secs < 1 || secs > LHYPE_IRQOFF_MAX) {
		quote(r, "bad value in ", w, len);
		reason_str(r, ": want seconds, 1 to ");
		reason_dec(r, LHYPE_IRQOFF_MAX);
		return -1;
	}
	opt->irqoff_secs = secs;
	return 0;
}

/* The word w[0..len) starts with name (NUL-terminated). */
static bool starts(const char *w, size_t len, const char *name)
{
	size_t i;

	for (i = 0; name[i]; i++)
		if (i == len || w[i] != name[i])
			return false;
	return true;
}

/* One word of the host's command line. */
static int option(const char *w, size_t len, u32 host_mem,
		  struct lhype_options *opt, struct reason *r)
{
	if (starts(w, len, "mem="))
		return option_mem(w, len, host_mem, opt, r);
	if (starts(w, len, "irqoff="))
		return option_irqoff(w, len, opt, r);
	if (len == 7 && starts(w, len, "verbose")) {
		opt->verbose = true;
		return 0;
	}
	if (len == 9 && starts(w, len, "hostpanic")) {
		opt->hostpanic = true;
		return 0;
	}
	quote(r, "unknown option ", w, len);
	reason_str(r, " (known: mem=N[K|M|G], irqoff=N, verbose, hostpanic)");
	return -1;
}

int lhype_parse_options(const char *s, size_t max, u32 host_mem,
			struct lhype_options *opt)
{
	long len = bounded_len(s, max);
	struct reason r;
	size_t i = 0, start;
	bool first = true, path;

	*opt = (struct lhype_options){ .mem = LHYPE_MEM_DEFAULT,
				       .irqoff_secs = LHYPE_IRQOFF_DEFAULT };
	reason_init(&r, opt->why, sizeof(opt->why));
	if (len < 0) {
		reason_str(&r, "the host's command line is not terminated "
			   "within ");
		reason_size(&r, max);
		return -1;
	}
	for (;;) {
		while (i < (size_t)len && is_space(s[i]))
			i++;
		if (i == (size_t)len)
			break;
		for (start = i, path = false; i < (size_t)len && !is_space(s[i]);
		     i++)
			path |= s[i] == '/';
		if (!(first && path) &&
		    option(s + start, i - start, host_mem, opt, &r))
			return -1;
		first = false;
	}
	if (opt->mem > host_mem)	/* the default, on a small host */
		opt->mem = host_mem & PAGE_MASK;
	if (opt->mem < LHYPE_MEM_MIN) {
		reason_str(&r, "the host has ");
		reason_size(&r, host_mem);
		reason_str(&r, " for the guest, less than the least it needs (");
		reason_size(&r, LHYPE_MEM_MIN);
		reason_str(&r, ")");
		return -1;
	}
	return 0;
}

int lhype_split_module(const char *s, size_t max, struct lhype_module *m)
{
	long len = bounded_len(s, max);
	struct reason r;
	size_t i = 0;

	*m = (struct lhype_module){ .path = s, .cmdline = s };
	reason_init(&r, m->why, sizeof(m->why));
	if (len < 0) {
		reason_str(&r, "the module string is not terminated within ");
		reason_size(&r, max);
		return -1;
	}
	while (i < (size_t)len && is_space(s[i]))
		i++;
	m->path = s + i;
	while (i < (size_t)len && !is_space(s[i]))
		i++;
	m->path_len = s + i - m->path;
	while (i < (size_t)len && is_space(s[i]))
		i++;
	m->cmdline = s + i;
	m->cmdline_len = len - i;
	if (m->cmdline_len > LGUEST_CMDLINE_MAX - 1) {
		reason_str(&r, "guest command line is ");
		reason_dec(&r, m->cmdline_len);
		reason_str(&r, " bytes, the limit is ");
		reason_dec(&r, LGUEST_CMDLINE_MAX - 1);
		return -1;
	}
	return 0;
}
