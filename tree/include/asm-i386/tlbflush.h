/*
 * Translation lookaside buffer (TLB) flushes
 *
 * __flush_tlb() drops non-global entries by reloading CR3;
 * __flush_tlb_global() also drops global ones by toggling CR4.PGE;
 * __flush_tlb_single() drops one page with invlpg.  mm/ uses the
 * flush_tlb_*() forms, which know whether the mm is the live one.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _ASM_I386_TLBFLUSH_H
#define _ASM_I386_TLBFLUSH_H

#include <asm/system.h>
#include <asm/processor.h>

static inline void native_flush_tlb(void)
{
	write_cr3(read_cr3());
}

static inline void native_flush_tlb_global(void)
{
	unsigned long cr4 = read_cr4();

	/* Clearing PGE flushes everything, global entries included. */
	write_cr4(cr4 & ~X86_CR4_PGE);
	write_cr4(cr4);
}

static inline void native_flush_tlb_single(unsigned long addr)
{
	__asm__ __volatile__("invlpg (%0)" : : "r"(addr) : "memory");
}

#define __flush_tlb()		native_flush_tlb()
#define __flush_tlb_single(a)	native_flush_tlb_single(a)
#define __flush_tlb_global()	native_flush_tlb_global()
#define __flush_tlb_all()						\
	do {								\
		if (cpu_has(X86_FEATURE_PGE))				\
			__flush_tlb_global();				\
		else							\
			__flush_tlb();					\
	} while (0)

struct mm_struct;
void flush_tlb_mm(struct mm_struct *mm);
void flush_tlb_page(struct mm_struct *mm, unsigned long addr);
#define flush_tlb_all()		__flush_tlb_all()
#define flush_tlb_kernel_page(a) __flush_tlb_single(a)

#endif /* _ASM_I386_TLBFLUSH_H */
