/*
 * Command-line token and value parsing (lib/cmdline.c)
 *
 * Used by init/params.c for the boot command line and by option handlers
 * (loglevel=, ktest=, reservetop=, ...).  Every parser rejects trailing
 * junk and overflow, so a bad value gets a clear error instead of a
 * silently wrong result.  Also compiled on the host by tests/unit.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _LINUX_CMDLINE_H
#define _LINUX_CMDLINE_H

#include <linux/types.h>

/*
 * Copies the next space-separated token of s into tok (size bytes) and
 * returns where scanning continues, or NULL when there is none.  *toolong
 * is set if the token did not fit (it is then truncated).
 */
const char *next_arg(const char *s, char *tok, size_t size, bool *toolong);
/*
 * Copies the command line at src into dst (size >= 1 bytes, always
 * terminated), reading at most max bytes of src, and returns its length
 * counted up to max: a result >= size means the copy was cut, and max
 * means src has no terminator within max bytes.
 */
size_t cmdline_copy(char *dst, const char *src, size_t size, size_t max);
/* Whole-string unsigned number, decimal or 0x hex: 0 or -EINVAL/-ERANGE. */
int parse_ulong(const char *s, unsigned long *val);
/* As parse_ulong, with an optional K, M or G suffix (powers of 1024). */
int parse_size(const char *s, unsigned long *val);
/* Is item one of the comma-separated names in list? */
bool list_contains(const char *list, const char *item);

#endif /* _LINUX_CMDLINE_H */
