/*
 * Hypervisor core: the basic types every host file uses
 *
 * The hosts (hv/lhype, later hv/vmi) are freestanding programs, but the
 * code that parses what a guest hands them is also built as ordinary
 * host programs for the unit tests and the fuzzers (tests/unit,
 * tests/fuzz).  gcc's freestanding headers serve both builds.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef HV_TYPES_H
#define HV_TYPES_H

#ifdef __KERNEL__
/* The host proper is built in the kernel's world: the tree's headers. */
#include <linux/types.h>
#else
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef uint8_t u8;
typedef uint16_t u16;
typedef uint32_t u32;
typedef uint64_t u64;
typedef int8_t s8;
typedef int16_t s16;
typedef int32_t s32;
typedef int64_t s64;
#endif

#define ARRAY_SIZE(a)	(sizeof(a) / sizeof((a)[0]))
#define PAGE_SIZE	4096u
#define PAGE_MASK	(~(PAGE_SIZE - 1))

#endif /* HV_TYPES_H */
