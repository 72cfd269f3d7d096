/*
 * Control registers, debug registers and cache control
 *
 * CR0 (FPU/TS and write protect), CR2 (page fault address), CR3 (page
 * directory), CR4 (global pages), DR0-7, clts/stts and wbinvd.  Callers:
 * the page fault handler, the context switch, lazy FPU, paging setup.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _ASM_I386_SYSTEM_H
#define _ASM_I386_SYSTEM_H

#include <linux/compiler.h>
#include <asm/processor-flags.h>

#define DEFINE_READ_CR(n)						\
static inline unsigned long native_read_cr##n(void)			\
{									\
	unsigned long v;						\
	__asm__ __volatile__("movl %%cr" #n ", %0" : "=r"(v));		\
	return v;							\
}
#define DEFINE_WRITE_CR(n)						\
static inline void native_write_cr##n(unsigned long v)			\
{									\
	__asm__ __volatile__("movl %0, %%cr" #n : : "r"(v) : "memory");	\
}
DEFINE_READ_CR(0)
DEFINE_WRITE_CR(0)
DEFINE_READ_CR(2)
DEFINE_WRITE_CR(2)
DEFINE_READ_CR(3)
DEFINE_WRITE_CR(3)
DEFINE_READ_CR(4)
DEFINE_WRITE_CR(4)
#undef DEFINE_READ_CR
#undef DEFINE_WRITE_CR

static inline void native_clts(void)
{
	__asm__ __volatile__("clts" : : : "memory");
}

static inline void native_wbinvd(void)
{
	__asm__ __volatile__("wbinvd" : : : "memory");
}

static inline unsigned long native_get_debugreg(int reg)
{
	unsigned long v = 0;

	switch (reg) {
	case 0: __asm__ __volatile__("movl %%db0, %0" : "=r"(v)); break;
	case 1: __asm__ __volatile__("movl %%db1, %0" : "=r"(v)); break;
	case 2: __asm__ __volatile__("movl %%db2, %0" : "=r"(v)); break;
	case 3: __asm__ __volatile__("movl %%db3, %0" : "=r"(v)); break;
	case 6: __asm__ __volatile__("movl %%db6, %0" : "=r"(v)); break;
	case 7: __asm__ __volatile__("movl %%db7, %0" : "=r"(v)); break;
	}
	return v;
}

static inline void native_set_debugreg(int reg, unsigned long v)
{
	switch (reg) {
	case 0: __asm__ __volatile__("movl %0, %%db0" : : "r"(v)); break;
	case 1: __asm__ __volatile__("movl %0, %%db1" : : "r"(v)); break;
	case 2: __asm__ __volatile__("movl %0, %%db2" : : "r"(v)); break;
	case 3: __asm__ __volatile__("movl %0, %%db3" : : "r"(v)); break;
	case 6: __asm__ __volatile__("movl %0, %%db6" : : "r"(v)); break;
	case 7: __asm__ __volatile__("movl %0, %%db7" : : "r"(v)); break;
	}
}

#define read_cr0()	native_read_cr0()
#define write_cr0(v)	native_write_cr0(v)
#define read_cr2()	native_read_cr2()
#define write_cr2(v)	native_write_cr2(v)
#define read_cr3()	native_read_cr3()
#define write_cr3(v)	native_write_cr3(v)
#define read_cr4()	native_read_cr4()
#define write_cr4(v)	native_write_cr4(v)
#define clts()		native_clts()
#define wbinvd()	native_wbinvd()
#define get_debugreg(r)		native_get_debugreg(r)
#define set_debugreg(r, v)	native_set_debugreg(r, v)

/* Set CR0.TS: the next FPU instruction traps with #NM (lazy FPU). */
#define stts()	write_cr0(read_cr0() | X86_CR0_TS)

#define mb()	__asm__ __volatile__("lock; addl $0, 0(%%esp)" : : : "memory")
#define wmb()	barrier()
#define rmb()	mb()

#endif /* _ASM_I386_SYSTEM_H */
