/*
 * String and memory functions for user programs
 *
 * Used by every program in usr/ and by the compiler, which may emit calls
 * to memcpy and memset itself.  memset, memcpy and memmove use the string
 * instructions directly: written as C loops, GCC could turn them back into
 * calls to themselves (tree-loop-distribute-patterns).
 * SPDX-License-Identifier: GPL-2.0
 */
#include <string.h>

void *memset(void *s, int c, size_t n)
{
	void *d = s;

	asm volatile("rep stosb"
		     : "+D" (d), "+c" (n)	/* EDI: dest, ECX: count */
		     : "a" (c)			/* AL: the byte */
		     : "memory");
	return s;
}

void *memcpy(void *dst, const void *src, size_t n)
{
	void *d = dst;

	asm volatile("rep movsb"
		     : "+D" (d), "+S" (src), "+c" (n)	/* EDI, ESI, ECX */
		     : : "memory");
	return dst;
}

/* Copies backwards (DF set) when dst overlaps the end of src. */
void *memmove(void *dst, const void *src, size_t n)
{
	const char *s = src;
	char *d = dst;

	if (d <= s || d >= s + n)
		return memcpy(dst, src, n);
	s += n - 1;
	d += n - 1;
	asm volatile("std\n\trep movsb\n\tcld"
		     : "+D" (d), "+S" (s), "+c" (n)	/* EDI, ESI, ECX */
		     : : "memory");
	return dst;
}

int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *p = a, *q = b;

	for (; n; n--, p++, q++)
		if (*p != *q)
			return *p - *q;
	return 0;
}

size_t strlen(const char *s)
{
	size_t n = 0;

	while (s[n])
		n++;
	return n;
}

int strcmp(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return (unsigned char)*a - (unsigned char)*b;
}

int strncmp(const char *a, const char *b, size_t n)
{
	for (; n; n--, a++, b++) {
		if (*a != *b)
			return (unsigned char)*a - (unsigned char)*b;
		if (!*a)
			break;
	}
	return 0;
}

char *strchr(const char *s, int c)
{
	for (; *s; s++)
		if (*s == (char)c)
			return (char *)s;
	return c ? NULL : (char *)s;
}

int atoi(const char *s)
{
	int sign = 1, v = 0;

	if (*s == '-' || *s == '+')
		sign = *s++ == '-' ? -1 : 1;
	while (*s >= '0' && *s <= '9')
		v = v * 10 + (*s++ - '0');
	return sign * v;
}
