/*
 * Formatted output for user programs (printf family)
 *
 * printf writes to fd 1, the console the kernel gives every process.
 * Conversions: %d %i %u %x %X %s %c %p %%, with flags '-', '0' and '#', a
 * field width, and l/h/z size modifiers accepted and ignored (all are
 * 32 bits here).  Output of one call up to 256 bytes is one write(), so
 * lines from different processes do not interleave.  usr/lib/printf.c.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _USR_STDIO_H
#define _USR_STDIO_H

#include <types.h>

int printf(const char *fmt, ...) __printf(1, 2);
int fdprintf(int fd, const char *fmt, ...) __printf(2, 3);
int vfdprintf(int fd, const char *fmt, va_list ap);
/* Return the length the full output would have had, as C99 does. */
int snprintf(char *buf, size_t size, const char *fmt, ...) __printf(3, 4);
int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap);
int puts(const char *s);		/* s and a newline */

#endif /* _USR_STDIO_H */
