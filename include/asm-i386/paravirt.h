/*
 * Paravirtualization operations (paravirt_ops): the call sites
 *
 * With CONFIG_PARAVIRT the tree's headers (irqflags.h, system.h, desc.h,
 * msr.h, processor.h, tlbflush.h, pgtable.h, io.h, as hooked by the
 * series in patches/) map their operations onto the paravirt_<op>()
 * wrappers here instead of inline instructions; this header defines no
 * name of the tree's own, so the series can hook one header at a time.
 * Every wrapper is a call through the ops tables of paravirt_types.h,
 * emitted as
 * a patch site: the call, wrapped in pushes and pops of the
 * caller-saved registers that are neither arguments nor results, plus a
 * record in .parainstructions.  At boot arch/i386/paravirt/patch.c
 * rewrites each site for the chosen backend (inline code, a direct call,
 * NOPs); unpatched, the indirect call still works.
 *
 * Site shapes and their clobber contracts (the registers that may differ
 * after the site, results included; a patched site must honour it):
 *   no args or 1 (EAX)      push ecx; push edx; call; pop edx; pop ecx
 *                           10 bytes, clobbers EAX
 *   2 args (EAX, EDX),      push ecx; call; pop ecx
 *   or a 64-bit result      8 bytes, clobbers EAX and EDX
 *   3 args (EAX, EDX, ECX)  call, 6 bytes, clobbers CLBR_ANY
 *   4 args                  the 4th pushed before, popped after the site
 * Every site is also a compiler barrier ("memory").
 * For assembler (entry.S) see paravirt_asm.h.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _ASM_I386_PARAVIRT_H
#define _ASM_I386_PARAVIRT_H

#include <asm/paravirt_types.h>

#ifdef __ASSEMBLY__
#include <asm/paravirt_asm.h>
#else

/* The site: insns between two labels, and its record. */
#define PV_SITE(insns)							\
	"771:\n\t" insns "\n772:\n"					\
	"\t.pushsection .parainstructions, \"a\"\n"			\
	"\t.long 771b\n"						\
	"\t.byte %c[pv_type], 772b - 771b\n"				\
	"\t.short %c[pv_clobbers]\n"					\
	"\t.popsection\n"

#define PV_CALL		"call *%c[pv_op]"
#define PV_KEEP_CX_DX	"pushl %%ecx; pushl %%edx; " PV_CALL "; popl %%edx; popl %%ecx"
#define PV_KEEP_CX	"pushl %%ecx; " PV_CALL "; popl %%ecx"
#define PV_OPS(op, clobbers)						\
	[pv_type] "i" (PARAVIRT_PATCH(op)),				\
	[pv_op] "i" (&(op)),						\
	[pv_clobbers] "i" (clobbers)
#define PV_ARG(x)	((unsigned long)(x))

/* void op(void): clobbers EAX. */
#define PVOP_VCALL0(op) ({						\
	unsigned long __eax __unused;					\
	__asm__ __volatile__(PV_SITE(PV_KEEP_CX_DX) : "=a" (__eax)	\
			     : PV_OPS(op, CLBR_EAX) : "memory", "cc");	\
})

/* u32 op(void): result in EAX, nothing else changes. */
#define PVOP_CALL0(type, op) ({						\
	unsigned long __eax;						\
	__asm__ __volatile__(PV_SITE(PV_KEEP_CX_DX) : "=a" (__eax)	\
			     : PV_OPS(op, CLBR_EAX | CLBR_RET_EAX)	\
			     : "memory", "cc");	\
	(type)__eax;							\
})

/* u64 op(void): result in EDX:EAX. */
#define PVOP_CALL0_64(op) ({						\
	unsigned long __eax, __edx;					\
	__asm__ __volatile__(PV_SITE(PV_KEEP_CX)			\
			     : "=a" (__eax), "=d" (__edx)		\
			     : PV_OPS(op, CLBR_EAX | CLBR_EDX |		\
				      CLBR_RET_EAX | CLBR_RET_EDX)	\
			     : "memory", "cc");				\
	((u64)__edx << 32) | __eax;					\
})

/* void op(a): a in EAX, which may change. */
#define PVOP_VCALL1(op, a) ({						\
	unsigned long __eax;						\
	__asm__ __volatile__(PV_SITE(PV_KEEP_CX_DX) : "=a" (__eax)	\
			     : "0" (PV_ARG(a)), PV_OPS(op, CLBR_EAX)	\
			     : "memory", "cc");				\
})

/* u32 op(a): a in, result out, both in EAX. */
#define PVOP_CALL1(type, op, a) ({					\
	unsigned long __eax;						\
	__asm__ __volatile__(PV_SITE(PV_KEEP_CX_DX) : "=a" (__eax)	\
			     : "0" (PV_ARG(a)),				\
			       PV_OPS(op, CLBR_EAX | CLBR_RET_EAX)	\
			     : "memory", "cc");				\
	(type)__eax;							\
})

/* u64 op(a): a in EAX, result in EDX:EAX. */
#define PVOP_CALL1_64(op, a) ({						\
	unsigned long __eax, __edx;					\
	__asm__ __volatile__(PV_SITE(PV_KEEP_CX)			\
			     : "=a" (__eax), "=d" (__edx)		\
			     : "0" (PV_ARG(a)),				\
			       PV_OPS(op, CLBR_EAX | CLBR_EDX |		\
				      CLBR_RET_EAX | CLBR_RET_EDX)	\
			     : "memory", "cc");				\
	((u64)__edx << 32) | __eax;					\
})

/* void op(a, b): EAX, EDX; both may change. */
#define PVOP_VCALL2(op, a, b) ({					\
	unsigned long __eax, __edx;					\
	__asm__ __volatile__(PV_SITE(PV_KEEP_CX)			\
			     : "=a" (__eax), "=d" (__edx)		\
			     : "0" (PV_ARG(a)), "1" (PV_ARG(b)),	\
			       PV_OPS(op, CLBR_EAX | CLBR_EDX)		\
			     : "memory", "cc");				\
})

/* u32 op(a, b): result in EAX; EDX may change. */
#define PVOP_CALL2(type, op, a, b) ({					\
	unsigned long __eax, __edx;					\
	__asm__ __volatile__(PV_SITE(PV_KEEP_CX)			\
			     : "=a" (__eax), "=d" (__edx)		\
			     : "0" (PV_ARG(a)), "1" (PV_ARG(b)),	\
			       PV_OPS(op, CLBR_EAX | CLBR_EDX | CLBR_RET_EAX)\
			     : "memory", "cc");				\
	(type)__eax;							\
})

/* void op(a, b, c): EAX, EDX, ECX; all may change. */
#define PVOP_VCALL3(op, a, b, c) ({					\
	unsigned long __eax, __edx, __ecx;				\
	__asm__ __volatile__(PV_SITE(PV_CALL)				\
			     : "=a" (__eax), "=d" (__edx), "=c" (__ecx)	\
			     : "0" (PV_ARG(a)), "1" (PV_ARG(b)),	\
			       "2" (PV_ARG(c)), PV_OPS(op, CLBR_ANY)	\
			     : "memory", "cc");				\
})

/* u32 op(a, b, c): result in EAX; EDX and ECX may change. */
#define PVOP_CALL3(type, op, a, b, c) ({				\
	unsigned long __eax, __edx, __ecx;				\
	__asm__ __volatile__(PV_SITE(PV_CALL)				\
			     : "=a" (__eax), "=d" (__edx), "=c" (__ecx)	\
			     : "0" (PV_ARG(a)), "1" (PV_ARG(b)),	\
			       "2" (PV_ARG(c)),				\
			       PV_OPS(op, CLBR_ANY | CLBR_RET_EAX)	\
			     : "memory", "cc");				\
	(type)__eax;							\
})

/* void op(a, b, c, d): d on the stack, outside the site. */
#define PVOP_VCALL4(op, a, b, c, d) ({					\
	unsigned long __eax, __edx, __ecx;				\
	__asm__ __volatile__("pushl %[pv_d]\n\t"			\
			     PV_SITE(PV_CALL)				\
			     "\taddl $4, %%esp\n"			\
			     : "=a" (__eax), "=d" (__edx), "=c" (__ecx)	\
			     : "0" (PV_ARG(a)), "1" (PV_ARG(b)),	\
			       "2" (PV_ARG(c)), [pv_d] "g" (PV_ARG(d)),	\
			       PV_OPS(op, CLBR_ANY)			\
			     : "memory", "cc");				\
})

/* --- pv_info ------------------------------------------------------------ */
static inline unsigned int paravirt_kernel_rpl(void)
{
	return pv_info.kernel_rpl;
}

static inline int paravirt_enabled(void)
{
	return pv_info.paravirt_enabled;
}

/* --- irqflags.h ----------------------------------------------------------- */
static inline unsigned long paravirt_save_fl(void)
{
	return PVOP_CALL0(unsigned long, pv_irq_ops.save_fl);
}

static inline void paravirt_restore_fl(unsigned long f)
{
	PVOP_VCALL1(pv_irq_ops.restore_fl, f);
}

static inline void paravirt_irq_disable(void)
{
	PVOP_VCALL0(pv_irq_ops.irq_disable);
}

static inline void paravirt_irq_enable(void)
{
	PVOP_VCALL0(pv_irq_ops.irq_enable);
}

static inline void paravirt_safe_halt(void)
{
	PVOP_VCALL0(pv_irq_ops.safe_halt);
}

static inline void paravirt_halt(void)
{
	PVOP_VCALL0(pv_irq_ops.halt);
}

/* --- system.h: control and debug registers ------------------------------ */
static inline unsigned long paravirt_read_cr0(void)
{
	return PVOP_CALL0(unsigned long, pv_cpu_ops.read_cr0);
}

static inline void paravirt_write_cr0(unsigned long v)
{
	PVOP_VCALL1(pv_cpu_ops.write_cr0, v);
}

static inline unsigned long paravirt_read_cr2(void)
{
	return PVOP_CALL0(unsigned long, pv_mmu_ops.read_cr2);
}

static inline void paravirt_write_cr2(unsigned long v)
{
	PVOP_VCALL1(pv_mmu_ops.write_cr2, v);
}

static inline unsigned long paravirt_read_cr3(void)
{
	return PVOP_CALL0(unsigned long, pv_mmu_ops.read_cr3);
}

static inline void paravirt_write_cr3(unsigned long v)
{
	PVOP_VCALL1(pv_mmu_ops.write_cr3, v);
}

static inline unsigned long paravirt_read_cr4(void)
{
	return PVOP_CALL0(unsigned long, pv_cpu_ops.read_cr4);
}

static inline void paravirt_write_cr4(unsigned long v)
{
	PVOP_VCALL1(pv_cpu_ops.write_cr4, v);
}

static inline void paravirt_clts(void)
{
	PVOP_VCALL0(pv_cpu_ops.clts);
}

static inline void paravirt_wbinvd(void)
{
	PVOP_VCALL0(pv_cpu_ops.wbinvd);
}

static inline unsigned long paravirt_get_debugreg(int reg)
{
	return PVOP_CALL1(unsigned long, pv_cpu_ops.get_debugreg, reg);
}

static inline void paravirt_set_debugreg(int reg, unsigned long v)
{
	PVOP_VCALL2(pv_cpu_ops.set_debugreg, reg, v);
}

/* --- processor.h --------------------------------------------------------- */
static inline void paravirt_cpuid(u32 *eax, u32 *ebx, u32 *ecx, u32 *edx)
{
	PVOP_VCALL4(pv_cpu_ops.cpuid, eax, ebx, ecx, edx);
}

static inline void paravirt_load_esp0(struct tss_struct *tss, struct thread_struct *t)
{
	PVOP_VCALL2(pv_cpu_ops.load_esp0, tss, t);
}

static inline void paravirt_set_iopl_mask(unsigned int mask)
{
	PVOP_VCALL1(pv_cpu_ops.set_iopl_mask, mask);
}

/* --- io.h ------------------------------------------------------------------ */
static inline void paravirt_io_delay(void)
{
	PVOP_VCALL0(pv_cpu_ops.io_delay);
}

/* --- desc.h ----------------------------------------------------------------- */
static inline void paravirt_load_gdt(const struct Xgt_desc_struct *p)
{
	PVOP_VCALL1(pv_cpu_ops.load_gdt, p);
}

static inline void paravirt_load_idt(const struct Xgt_desc_struct *p)
{
	PVOP_VCALL1(pv_cpu_ops.load_idt, p);
}

static inline void paravirt_store_gdt(struct Xgt_desc_struct *p)
{
	PVOP_VCALL1(pv_cpu_ops.store_gdt, p);
}

static inline void paravirt_store_idt(struct Xgt_desc_struct *p)
{
	PVOP_VCALL1(pv_cpu_ops.store_idt, p);
}

static inline void paravirt_load_tr_desc(void)
{
	PVOP_VCALL0(pv_cpu_ops.load_tr_desc);
}

static inline unsigned long paravirt_store_tr(void)
{
	return PVOP_CALL0(unsigned long, pv_cpu_ops.store_tr);
}

static inline void paravirt_set_ldt(unsigned int sel)
{
	PVOP_VCALL1(pv_cpu_ops.set_ldt, sel);
}

static inline unsigned long paravirt_store_ldt(void)
{
	return PVOP_CALL0(unsigned long, pv_cpu_ops.store_ldt);
}

static inline void paravirt_load_tls(const u64 *tls)
{
	PVOP_VCALL1(pv_cpu_ops.load_tls, tls);
}

static inline void paravirt_write_gdt_entry(struct desc_struct *dt, int n, u32 a,
				   u32 b)
{
	PVOP_VCALL4(pv_cpu_ops.write_gdt_entry, dt, n, a, b);
}

static inline void paravirt_write_ldt_entry(struct desc_struct *dt, int n, u32 a,
				   u32 b)
{
	PVOP_VCALL4(pv_cpu_ops.write_ldt_entry, dt, n, a, b);
}

static inline void paravirt_write_idt_entry(struct desc_struct *dt, int n, u32 a,
				   u32 b)
{
	PVOP_VCALL4(pv_cpu_ops.write_idt_entry, dt, n, a, b);
}

/* --- msr.h ------------------------------------------------------------------ */
static inline int paravirt_read_msr(u32 msr, u64 *val)
{
	return PVOP_CALL2(int, pv_cpu_ops.read_msr, msr, val);
}

static inline int paravirt_write_msr(u32 msr, u32 lo, u32 hi)
{
	return PVOP_CALL3(int, pv_cpu_ops.write_msr, msr, lo, hi);
}

static inline u64 paravirt_read_tsc(void)
{
	return PVOP_CALL0_64(pv_cpu_ops.read_tsc);
}

static inline u64 paravirt_read_pmc(int counter)
{
	return PVOP_CALL1_64(pv_cpu_ops.read_pmc, counter);
}

/* --- tlbflush.h ------------------------------------------------------------- */
static inline void paravirt_flush_tlb_user(void)
{
	PVOP_VCALL0(pv_mmu_ops.flush_tlb_user);
}

static inline void paravirt_flush_tlb_kernel(void)
{
	PVOP_VCALL0(pv_mmu_ops.flush_tlb_kernel);
}

static inline void paravirt_flush_tlb_single(unsigned long addr)
{
	PVOP_VCALL1(pv_mmu_ops.flush_tlb_single, addr);
}

/* --- pgtable.h -------------------------------------------------------------- */
static inline void paravirt_set_pte(pte_t *ptep, pte_t pte)
{
	PVOP_VCALL2(pv_mmu_ops.set_pte, ptep, pte_val(pte));
}

static inline void paravirt_set_pte_at(struct mm_struct *mm, unsigned long addr,
			      pte_t *ptep, pte_t pte)
{
	PVOP_VCALL4(pv_mmu_ops.set_pte_at, mm, addr, ptep, pte_val(pte));
}

static inline void paravirt_set_pmd(pgd_t *pmdp, pgd_t pmd)
{
	PVOP_VCALL2(pv_mmu_ops.set_pmd, pmdp, pgd_val(pmd));
}

static inline void paravirt_pte_clear(struct mm_struct *mm,
				      unsigned long addr, pte_t *ptep)
{
	paravirt_set_pte_at(mm, addr, ptep, __pte(0));
}

static inline void paravirt_pte_update(struct mm_struct *mm, unsigned long addr,
			      pte_t *ptep)
{
	PVOP_VCALL3(pv_mmu_ops.pte_update, mm, addr, ptep);
}

static inline void paravirt_pte_update_defer(struct mm_struct *mm, unsigned long addr,
				    pte_t *ptep)
{
	PVOP_VCALL3(pv_mmu_ops.pte_update_defer, mm, addr, ptep);
}

static inline void paravirt_alloc_pt(unsigned long pfn)
{
	PVOP_VCALL1(pv_mmu_ops.alloc_pt, pfn);
}

static inline void paravirt_release_pt(unsigned long pfn)
{
	PVOP_VCALL1(pv_mmu_ops.release_pt, pfn);
}

static inline void paravirt_alloc_pd(unsigned long pfn)
{
	PVOP_VCALL1(pv_mmu_ops.alloc_pd, pfn);
}

static inline void paravirt_release_pd(unsigned long pfn)
{
	PVOP_VCALL1(pv_mmu_ops.release_pd, pfn);
}

static inline void paravirt_pagetable_setup_start(pgd_t *base)
{
	pv_mmu_ops.pagetable_setup_start(base);
}

static inline void paravirt_pagetable_setup_done(pgd_t *base)
{
	pv_mmu_ops.pagetable_setup_done(base);
}

/* --- lazy (batched) modes ------------------------------------------------- */
enum paravirt_lazy_mode {
	PARAVIRT_LAZY_NONE,
	PARAVIRT_LAZY_MMU,
	PARAVIRT_LAZY_CPU,
};

enum paravirt_lazy_mode paravirt_get_lazy_mode(void);
void paravirt_enter_lazy(enum paravirt_lazy_mode mode);
void paravirt_leave_lazy(enum paravirt_lazy_mode mode);

static inline void paravirt_enter_lazy_cpu_mode(void)
{
	PVOP_VCALL0(pv_cpu_ops.lazy_mode.enter);
}

static inline void paravirt_leave_lazy_cpu_mode(void)
{
	PVOP_VCALL0(pv_cpu_ops.lazy_mode.leave);
}

static inline void paravirt_enter_lazy_mmu_mode(void)
{
	PVOP_VCALL0(pv_mmu_ops.lazy_mode.enter);
}

static inline void paravirt_leave_lazy_mmu_mode(void)
{
	PVOP_VCALL0(pv_mmu_ops.lazy_mode.leave);
}

/* Makes queued updates visible now, staying in the mode. */
void paravirt_flush_lazy_cpu_mode(void);
void paravirt_flush_lazy_mmu_mode(void);

/* --- the core (arch/i386/paravirt) ------------------------------------- */
/* Chooses the backend (paravirt=) and patches every site; setup_arch(). */
void paravirt_setup(void);
/* Patches the sites in [start, end); the kernel's own at boot. */
void apply_paravirt(struct paravirt_patch_site *start,
		    struct paravirt_patch_site *end);

#endif /* __ASSEMBLY__ */
#endif /* _ASM_I386_PARAVIRT_H */
