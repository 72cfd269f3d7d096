/*
 * Heap for user programs: sbrk, malloc and free over the brk system call
 *
 * The heap starts at the kernel's initial break (just above .bss) and
 * grows with brk().  malloc is first-fit over a list of freed blocks,
 * which is all that test programs and the demo need.  usr/lib/malloc.c.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _USR_STDLIB_H
#define _USR_STDLIB_H

#include <types.h>

/* Move the break by incr bytes; old break, or NULL if the kernel refused. */
void *sbrk(long incr);
void *malloc(size_t n);
void free(void *p);

#endif /* _USR_STDLIB_H */
