/*
 * Compiler attributes and helpers used across the tree
 *
 * Included (via linux/kernel.h or linux/types.h) by nearly every file.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _LINUX_COMPILER_H
#define _LINUX_COMPILER_H

#define __always_inline	inline __attribute__((always_inline))
#define __noreturn	__attribute__((noreturn))
#define __packed	__attribute__((packed))
#define __aligned(x)	__attribute__((aligned(x)))
#define __section(s)	__attribute__((section(s)))
#define __used		__attribute__((used))
#define __unused	__attribute__((unused))
#define __printf(a, b)	__attribute__((format(printf, a, b)))
#define asmlinkage	__attribute__((regparm(0)))
#define likely(x)	__builtin_expect(!!(x), 1)
#define unlikely(x)	__builtin_expect(!!(x), 0)
#define barrier()	__asm__ __volatile__("" : : : "memory")
#define ACCESS_ONCE(x)	(*(volatile __typeof__(x) *)&(x))

/* Compile-time assertion, for layouts defined by hardware or an ABI. */
#define BUILD_BUG_ON(cond)	_Static_assert(!(cond), #cond)

#endif /* _LINUX_COMPILER_H */
