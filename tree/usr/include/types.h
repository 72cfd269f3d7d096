/*
 * User-space basic types: the stdint, stddef, stdbool and stdarg subset
 *
 * User programs are built with -nostdinc, so nothing comes from the host's
 * C library.  Every other header in usr/include starts by including this
 * one.  Sizes are those of the i386 System V ABI (ILP32).
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _USR_TYPES_H
#define _USR_TYPES_H

typedef unsigned char		uint8_t;
typedef unsigned short		uint16_t;
typedef unsigned int		uint32_t;
typedef unsigned long long	uint64_t;
typedef signed char		int8_t;
typedef short			int16_t;
typedef int			int32_t;
typedef long long		int64_t;
typedef unsigned long		uintptr_t;
typedef long			intptr_t;
typedef unsigned int		size_t;
typedef int			ssize_t;
typedef _Bool			bool;

#define true		1
#define false		0
#define NULL		((void *)0)

#define offsetof(type, member)	__builtin_offsetof(type, member)
#define ARRAY_SIZE(a)		(sizeof(a) / sizeof((a)[0]))

typedef __builtin_va_list va_list;
#define va_start(ap, last)	__builtin_va_start(ap, last)
#define va_arg(ap, type)	__builtin_va_arg(ap, type)
#define va_end(ap)		__builtin_va_end(ap)
#define va_copy(d, s)		__builtin_va_copy(d, s)

#define __noreturn	__attribute__((noreturn))
#define __printf(a, b)	__attribute__((format(printf, a, b)))

_Static_assert(sizeof(size_t) == sizeof(void *), "ILP32 expected");

#endif /* _USR_TYPES_H */
