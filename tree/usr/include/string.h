/*
 * String and memory functions for user programs
 *
 * The few <string.h> routines the programs in usr/ use, plus atoi.
 * Implemented in usr/lib/string.c; the compiler may also call memcpy and
 * memset on its own for structure copies and initialisers.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _USR_STRING_H
#define _USR_STRING_H

#include <types.h>

void *memset(void *s, int c, size_t n);
void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
char *strchr(const char *s, int c);
int atoi(const char *s);		/* optional sign, decimal digits */

#endif /* _USR_STRING_H */
