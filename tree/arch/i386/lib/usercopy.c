/*
 * Copying to and from user space
 *
 * System calls never dereference a user pointer directly: they use these,
 * which check that the range lies below PAGE_OFFSET and copy with
 * instructions listed in the exception table, so an unmapped or
 * read-only user page gives -EFAULT instead of an oops (arch/i386/mm/
 * fault.c resolves copy-on-write first).
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <asm/uaccess.h>
#include <asm/page.h>

bool access_ok(const void *uaddr, size_t n)
{
	unsigned long a = (unsigned long)uaddr;

	return a < PAGE_OFFSET && n <= PAGE_OFFSET - a;
}

/* rep movsb that stops with -EFAULT at the first fault. */
static int copy_fault_ok(void *dst, const void *src, size_t n)
{
	int err = 0;

	__asm__ __volatile__(
		"1:	rep movsb\n"
		"2:\n"
		_ASM_FIXUP(1b, 3f)
		"	.section .fixup, \"ax\"\n"
		"3:	movl %4, %0\n"
		"	jmp 2b\n"
		"	.previous\n"
		: "+r"(err), "+D"(dst), "+S"(src), "+c"(n)
		: "i"(-EFAULT)
		: "memory");
	return err;
}

int copy_from_user(void *dst, const void *usrc, size_t n)
{
	if (!access_ok(usrc, n))
		return -EFAULT;
	return copy_fault_ok(dst, usrc, n);
}

int copy_to_user(void *udst, const void *src, size_t n)
{
	if (!access_ok(udst, n))
		return -EFAULT;
	return copy_fault_ok(udst, src, n);
}

int strncpy_from_user(char *dst, const char *usrc, size_t max)
{
	size_t i;

	for (i = 0; i < max; i++) {
		if (!access_ok(usrc + i, 1) ||
		    copy_fault_ok(dst + i, usrc + i, 1))
			return -EFAULT;
		if (!dst[i])
			return i;
	}
	return -ERANGE;
}
