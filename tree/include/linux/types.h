/*
 * Basic integer and kernel types
 *
 * The fixed-width types (u8..u64) the hardware layouts use, and size_t,
 * bool and friends for everything else.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _LINUX_TYPES_H
#define _LINUX_TYPES_H

#include <linux/compiler.h>

typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned long long u64;
typedef signed char s8;
typedef short s16;
typedef int s32;
typedef long long s64;

typedef unsigned int size_t;
typedef int ssize_t;
typedef int pid_t;
typedef unsigned long uintptr_t;
typedef _Bool bool;
#define true	1
#define false	0

#define NULL	((void *)0)
#define offsetof(t, m)	__builtin_offsetof(t, m)

#endif /* _LINUX_TYPES_H */
