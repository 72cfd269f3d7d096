/*
 * Model-specific registers (MSRs), the time-stamp counter and PMCs
 *
 * rdmsr_safe/wrmsr_safe return -EIO instead of oopsing when the MSR does
 * not exist: the #GP is caught through the exception table (uaccess.h).
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _ASM_I386_MSR_H
#define _ASM_I386_MSR_H

#include <linux/types.h>
#include <asm/uaccess.h>

#define MSR_IA32_SYSENTER_CS	0x174
#define MSR_IA32_SYSENTER_ESP	0x175
#define MSR_IA32_SYSENTER_EIP	0x176
#define MSR_IA32_TSC		0x010

/* Returns 0, or -EIO if the instruction faulted; *val is the MSR. */
static inline int native_read_msr_safe(u32 msr, u64 *val)
{
	u32 lo = 0, hi = 0;
	int err;

	__asm__ __volatile__(
		"1:	rdmsr\n"
		"	xorl %0, %0\n"
		"2:\n"
		_ASM_FIXUP(1b, 3f)
		"	.section .fixup, \"ax\"\n"
		"3:	movl %4, %0\n"
		"	jmp 2b\n"
		"	.previous\n"
		: "=r"(err), "=a"(lo), "=d"(hi)
		: "c"(msr), "i"(-5), "1"(0), "2"(0));	/* -EIO */
	*val = ((u64)hi << 32) | lo;
	return err;
}

static inline int native_write_msr_safe(u32 msr, u32 lo, u32 hi)
{
	int err;

	__asm__ __volatile__(
		"1:	wrmsr\n"
		"	xorl %0, %0\n"
		"2:\n"
		_ASM_FIXUP(1b, 3f)
		"	.section .fixup, \"ax\"\n"
		"3:	movl %4, %0\n"
		"	jmp 2b\n"
		"	.previous\n"
		: "=r"(err)
		: "c"(msr), "a"(lo), "d"(hi), "i"(-5)
		: "memory");
	return err;
}

static inline u64 native_read_tsc(void)
{
	u32 lo, hi;

	__asm__ __volatile__("rdtsc" : "=a"(lo), "=d"(hi));
	return ((u64)hi << 32) | lo;
}

static inline u64 native_read_pmc(int counter)
{
	u32 lo, hi;

	__asm__ __volatile__("rdpmc" : "=a"(lo), "=d"(hi) : "c"(counter));
	return ((u64)hi << 32) | lo;
}

#define rdmsr_safe(msr, pval)		native_read_msr_safe(msr, pval)
#define wrmsr_safe(msr, lo, hi)		native_write_msr_safe(msr, lo, hi)
#define rdtscll()			native_read_tsc()
#define rdpmc(c)			native_read_pmc(c)

static inline void wrmsr(u32 msr, u32 lo, u32 hi)
{
	if (wrmsr_safe(msr, lo, hi))
		printk(KERN_ERR "wrmsr 0x%x faulted\n", msr);
}

#endif /* _ASM_I386_MSR_H */
