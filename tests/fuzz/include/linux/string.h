/*
 * Host-side fuzzing: the kernel's <linux/string.h>, from libc
 *
 * The hosts include the kernel tree's headers; the fuzzers build the
 * same files against libc, so these shims stand in for the few kernel
 * headers hv/ uses (string.h, kernel.h, stdarg.h).
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef FUZZ_LINUX_STRING_H
#define FUZZ_LINUX_STRING_H
#include <string.h>
#include <stdlib.h>

static inline size_t strlcpy(char *d, const char *s, size_t n)
{
	size_t l = strlen(s);

	if (n) {
		size_t c = l < n - 1 ? l : n - 1;

		memcpy(d, s, c);
		d[c] = 0;
	}
	return l;
}

#define simple_strtoul strtoul
#endif
