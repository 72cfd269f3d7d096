/*
 * User memory access and the exception table
 *
 * Kernel instructions that may fault on purpose (a user pointer, a probe
 * of an MSR) are listed in __ex_table with a fixup address; the trap
 * handlers (arch/i386/mm/fault.c, traps.c) resume there instead of
 * oopsing.  copy_from_user/copy_to_user/strncpy_from_user check the range
 * is below PAGE_OFFSET and return -EFAULT on any fault.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _ASM_I386_UACCESS_H
#define _ASM_I386_UACCESS_H

#include <linux/kernel.h>

#define _ASM_FIXUP(from, to)					\
	"	.section __ex_table, \"a\"\n"			\
	"	.balign 4\n"					\
	"	.long " #from ", " #to "\n"			\
	"	.previous\n"

struct exception_table_entry {
	unsigned long insn, fixup;
};

/* Returns the fixup address for a faulting EIP, or 0. */
unsigned long search_exception_table(unsigned long eip);

bool access_ok(const void *uaddr, size_t n);
int copy_from_user(void *dst, const void *usrc, size_t n);
int copy_to_user(void *udst, const void *src, size_t n);
/* Copies a NUL-terminated string; -EFAULT, or -ERANGE if too long. */
int strncpy_from_user(char *dst, const char *usrc, size_t max);

#endif /* _ASM_I386_UACCESS_H */
