/*
 * Self-test probes: kernel accesses that may fault, recovered by fixup
 *
 * The trap self-tests make the CPU fault on purpose and check what the
 * handler saw (asm/traps.h: last_fixup).  Each probe is one instruction
 * listed in the exception table; it returns 0 if it ran, 1 if it
 * faulted and was resumed at the fixup.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _LINUX_KTEST_PROBE_H
#define _LINUX_KTEST_PROBE_H

#include <asm/uaccess.h>

#define PROBE_FIXUP							\
	"2:\n"								\
	_ASM_FIXUP(1b, 3f)						\
	"	.section .fixup, \"ax\"\n"				\
	"3:	movl $1, %0\n"						\
	"	jmp 2b\n"						\
	"	.previous\n"

/* Reads one word at addr; 1 if it faulted. */
static inline int probe_read(unsigned long addr)
{
	unsigned long v;
	int f = 0;

	__asm__ __volatile__("1:	movl (%2), %1\n" PROBE_FIXUP
			     : "+r"(f), "=&r"(v) : "r"(addr) : "memory");
	return f;
}

/* Writes one word at addr; 1 if it faulted. */
static inline int probe_write(unsigned long addr, unsigned long v)
{
	int f = 0;

	__asm__ __volatile__("1:	movl %2, (%1)\n" PROBE_FIXUP
			     : "+r"(f) : "r"(addr), "r"(v) : "memory");
	return f;
}

/* Executes ud2; 1 if it faulted (it always should). */
static inline int probe_ud2(void)
{
	int f = 0;

	__asm__ __volatile__("1:	ud2\n" PROBE_FIXUP : "+r"(f) : : "memory");
	return f;
}

/* Loads sel into %fs; 1 if it faulted.  %fs is 0 afterwards. */
static inline int probe_load_fs(unsigned int sel)
{
	int f = 0;

	__asm__ __volatile__("1:	movl %1, %%fs\n" PROBE_FIXUP
			     "	movl %2, %%fs\n"
			     : "+r"(f) : "r"(sel), "r"(0) : "memory");
	return f;
}

#endif /* _LINUX_KTEST_PROBE_H */
