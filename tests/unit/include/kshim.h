/*
 * Kernel-to-host symbol renames for the host unit tests
 *
 * tests/unit/Makefile force-includes (-include) this into every
 * kernel-world file it compiles: the tree's .c files under test and the
 * *_test.c files.  The kernel defines functions that libc defines too;
 * linked into a host program, the kernel's memset would replace libc's
 * for every caller, tap.c's and libc's own included.  Renamed here, the
 * kernel's copies get symbols of their own (k_memset, ...): a test that
 * writes memset() calls the kernel's, and libc keeps its own.  When a
 * tested file defines another libc name, the Makefile's link check says
 * so, and the name gets a line here.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _UNIT_KSHIM_H
#define _UNIT_KSHIM_H

/* lib/string.c */
#define memset		k_memset
#define memcpy		k_memcpy
#define memmove		k_memmove
#define memcmp		k_memcmp
#define strlen		k_strlen
#define strnlen		k_strnlen
#define strcmp		k_strcmp
#define strncmp		k_strncmp
#define strchr		k_strchr
#define strlcpy		k_strlcpy

/* lib/vsprintf.c */
#define vsnprintf	k_vsnprintf
#define snprintf	k_snprintf

#endif /* _UNIT_KSHIM_H */
