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
 *   void op, args in EAX, EDX, ECX   push eax, ecx, edx; call; pop them
 *                                    13 bytes, clobbers nothing (except
 *                                    flush_tlb_user: EAX, load_esp0: EDX,
 *                                    which natively need a scratch one)
 *   op returning u32 in EAX          push ecx, edx; call; pop them
 *                                    10 bytes, clobbers EAX (the result)
 *   op returning u64 in EDX:EAX      push ecx; call; pop ecx; 8 bytes
 *   void op(a, b, c, d), rare        d pushed outside; the call alone,
 *                                    6 bytes, clobbers CLBR_ANY
 *   hooks that are NOPs natively     the arguments are loaded inside the
 *   (PVOP_VHOOK*)                    site, which then patches to one NOP
 *   set_pte_at                       see paravirt_set_pte_at()
 * Keeping the registers is what lets the compiler leave values where they
 * are across a site, so a natively patched site costs exactly the
 * instructions it replaces.  Every site is a compiler barrier ("memory"),
 * and "asm inline": gcc sizes it as the one instruction it patches to,
 * not by its many statements, so functions holding sites are inlined as
 * they would be without CONFIG_PARAVIRT.
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
#define PV_PUSH_ALL	"pushl %%eax; pushl %%ecx; pushl %%edx; "
#define PV_POP_ALL	"; popl %%edx; popl %%ecx; popl %%eax"
#define PV_KEEP_ALL	PV_PUSH_ALL PV_CALL PV_POP_ALL
#define PV_KEEP_CX_DX	"pushl %%ecx; pushl %%edx; " PV_CALL "; popl %%edx; popl %%ecx"
#define PV_KEEP_CX	"pushl %%ecx; " PV_CALL "; popl %%ecx"
#define PV_OPS(op, clobbers)						\
	[pv_type] "i" (PARAVIRT_PATCH(op)),				\
	[pv_op] "i" (&(op)),						\
	[pv_clobbers] "i" (clobbers)
#define PV_ARG(x)	((unsigned long)(x))
#define PV_MEM		"memory", "cc"

/* void op(...), up to two register arguments: nothing changes. */
#define PVOP_VCALL0(op)							\
	__asm__ __volatile__ __inline__(PV_SITE(PV_KEEP_ALL)			\
			     : : PV_OPS(op, CLBR_NONE) : PV_MEM)
#define PVOP_VCALL1(op, a)						\
	__asm__ __volatile__ __inline__(PV_SITE(PV_KEEP_ALL)			\
			     : : "a" (PV_ARG(a)), PV_OPS(op, CLBR_NONE)	\
			     : PV_MEM)
#define PVOP_VCALL2(op, a, b)						\
	__asm__ __volatile__ __inline__(PV_SITE(PV_KEEP_ALL)			\
			     : : "a" (PV_ARG(a)), "d" (PV_ARG(b)),	\
			       PV_OPS(op, CLBR_NONE) : PV_MEM)


/*
 * void ops whose native code needs a scratch register get sites that
 * give it one, as the inline instructions they replace did.
 */
#define PVOP_VCALL0_EAX(op) ({						\
	unsigned long __eax __unused;					\
	__asm__ __volatile__ __inline__(PV_SITE(PV_KEEP_CX_DX) : "=a" (__eax)	\
			     : PV_OPS(op, CLBR_EAX) : PV_MEM);		\
})
#define PVOP_VCALL2_EDX(op, a, b) ({					\
	unsigned long __edx __unused;					\
	__asm__ __volatile__ __inline__(PV_SITE("pushl %%eax; pushl %%ecx; " PV_CALL \
				     "; popl %%ecx; popl %%eax")	\
			     : "=d" (__edx)				\
			     : "a" (PV_ARG(a)), "0" (PV_ARG(b)),	\
			       PV_OPS(op, CLBR_EDX) : PV_MEM);		\
})

/* u32 op(...): the result in EAX, which is all that changes. */
#define PVOP_CALL0(type, op) ({						\
	unsigned long __eax;						\
	__asm__ __volatile__ __inline__(PV_SITE(PV_KEEP_CX_DX) : "=a" (__eax)	\
			     : PV_OPS(op, CLBR_EAX | CLBR_RET_EAX)	\
			     : PV_MEM);					\
	(type)__eax;							\
})
#define PVOP_CALL1(type, op, a) ({					\
	unsigned long __eax;						\
	__asm__ __volatile__ __inline__(PV_SITE(PV_KEEP_CX_DX) : "=a" (__eax)	\
			     : "0" (PV_ARG(a)),				\
			       PV_OPS(op, CLBR_EAX | CLBR_RET_EAX)	\
			     : PV_MEM);					\
	(type)__eax;							\
})
#define PVOP_CALL2(type, op, a, b) ({					\
	unsigned long __eax;						\
	__asm__ __volatile__ __inline__(PV_SITE(PV_KEEP_CX_DX) : "=a" (__eax)	\
			     : "0" (PV_ARG(a)), "d" (PV_ARG(b)),	\
			       PV_OPS(op, CLBR_EAX | CLBR_RET_EAX)	\
			     : PV_MEM);					\
	(type)__eax;							\
})
#define PVOP_CALL3(type, op, a, b, c) ({				\
	unsigned long __eax;						\
	__asm__ __volatile__ __inline__(PV_SITE(PV_KEEP_CX_DX) : "=a" (__eax)	\
			     : "0" (PV_ARG(a)), "d" (PV_ARG(b)),	\
			       "c" (PV_ARG(c)),				\
			       PV_OPS(op, CLBR_EAX | CLBR_RET_EAX)	\
			     : PV_MEM);					\
	(type)__eax;							\
})

/* u64 op(...): the result in EDX:EAX. */
#define PVOP_CALL0_64(op) ({						\
	unsigned long __eax, __edx;					\
	__asm__ __volatile__ __inline__(PV_SITE(PV_KEEP_CX)			\
			     : "=a" (__eax), "=d" (__edx)		\
			     : PV_OPS(op, CLBR_EAX | CLBR_EDX |		\
				      CLBR_RET_EAX | CLBR_RET_EDX)	\
			     : PV_MEM);					\
	((u64)__edx << 32) | __eax;					\
})
#define PVOP_CALL1_64(op, a) ({						\
	unsigned long __eax, __edx;					\
	__asm__ __volatile__ __inline__(PV_SITE(PV_KEEP_CX)			\
			     : "=a" (__eax), "=d" (__edx)		\
			     : "0" (PV_ARG(a)),				\
			       PV_OPS(op, CLBR_EAX | CLBR_EDX |		\
				      CLBR_RET_EAX | CLBR_RET_EDX)	\
			     : PV_MEM);					\
	((u64)__edx << 32) | __eax;					\
})

/* void op(a, b, c, d): rare ops; d on the stack, outside the site. */
#define PVOP_VCALL4(op, a, b, c, d) ({					\
	unsigned long __eax, __edx, __ecx;				\
	__asm__ __volatile__ __inline__("pushl %[pv_d]\n\t"			\
			     PV_SITE(PV_CALL)				\
			     "\taddl $4, %%esp\n"			\
			     : "=a" (__eax), "=d" (__edx), "=c" (__ecx)	\
			     : "0" (PV_ARG(a)), "1" (PV_ARG(b)),	\
			       "2" (PV_ARG(c)), [pv_d] "g" (PV_ARG(d)),	\
			       PV_OPS(op, CLBR_ANY)			\
			     : PV_MEM);					\
})

/*
 * A hook that usually does nothing (pte_update, the page-table page
 * notices): its arguments are loaded inside the site, so when the
 * patcher NOPs it out nothing of it is left but one instruction.  The
 * inputs are pushed before any is popped into place, so any register
 * may hold any of them.
 */
#define PVOP_VHOOK1(op, a)						\
	__asm__ __volatile__ __inline__(PV_SITE(PV_PUSH_ALL			\
				     "pushl %[pv_a]; popl %%eax; "	\
				     PV_CALL PV_POP_ALL)		\
			     : : [pv_a] "ri" (PV_ARG(a)),		\
			       PV_OPS(op, CLBR_NONE) : PV_MEM)
#define PVOP_VHOOK3(op, a, b, c)					\
	__asm__ __volatile__ __inline__(PV_SITE(PV_PUSH_ALL			\
				     "pushl %[pv_c]; pushl %[pv_b]; "	\
				     "pushl %[pv_a]; popl %%eax; "	\
				     "popl %%edx; popl %%ecx; "		\
				     PV_CALL PV_POP_ALL)		\
			     : : [pv_a] "ri" (PV_ARG(a)),		\
			       [pv_b] "ri" (PV_ARG(b)),			\
			       [pv_c] "ri" (PV_ARG(c)),			\
			       PV_OPS(op, CLBR_NONE) : PV_MEM)

/* --- pv_info ------------------------------------------------------------ */
static __always_inline unsigned int paravirt_kernel_rpl(void)
{
	return pv_info.kernel_rpl;
}

static __always_inline int paravirt_enabled(void)
{
	return pv_info.paravirt_enabled;
}

/* --- irqflags.h ----------------------------------------------------------- */
/*
 * save_fl and restore_fl: the flags live in whichever of EBX, ESI or EDI
 * the compiler likes (they often have to survive a call), not in EAX.
 * The site moves them to or from EAX itself, at a fixed place the
 * patcher reads the register from (PV_FLAGS_*_MOV), so native can patch
 * "pushfl; popl %reg" and "pushl %reg; popfl": the instructions a
 * kernel without CONFIG_PARAVIRT has.  Both sites change nothing else.
 */
static __always_inline unsigned long paravirt_save_fl(void)
{
	unsigned long f;

	__asm__ __volatile__ __inline__(PV_SITE(PV_PUSH_ALL PV_CALL "; "
				     "movl %%eax, %[pv_f]" PV_POP_ALL)
			     : [pv_f] "=bSD" (f)
			     : PV_OPS(pv_irq_ops.save_fl, CLBR_NONE)
			     : PV_MEM);
	return f;
}

static __always_inline void paravirt_restore_fl(unsigned long f)
{
	__asm__ __volatile__ __inline__(PV_SITE(PV_PUSH_ALL "movl %[pv_f], %%eax; "
				     PV_CALL PV_POP_ALL)
			     : : [pv_f] "bSD" (f),
			       PV_OPS(pv_irq_ops.restore_fl, CLBR_NONE)
			     : PV_MEM);
}

static __always_inline void paravirt_irq_disable(void)
{
	PVOP_VCALL0(pv_irq_ops.irq_disable);
}

static __always_inline void paravirt_irq_enable(void)
{
	PVOP_VCALL0(pv_irq_ops.irq_enable);
}

static __always_inline void paravirt_safe_halt(void)
{
	PVOP_VCALL0(pv_irq_ops.safe_halt);
}

static __always_inline void paravirt_halt(void)
{
	PVOP_VCALL0(pv_irq_ops.halt);
}

/* --- system.h: control and debug registers ------------------------------ */
static __always_inline unsigned long paravirt_read_cr0(void)
{
	return PVOP_CALL0(unsigned long, pv_cpu_ops.read_cr0);
}

static __always_inline void paravirt_write_cr0(unsigned long v)
{
	PVOP_VCALL1(pv_cpu_ops.write_cr0, v);
}

static __always_inline unsigned long paravirt_read_cr2(void)
{
	return PVOP_CALL0(unsigned long, pv_mmu_ops.read_cr2);
}

static __always_inline void paravirt_write_cr2(unsigned long v)
{
	PVOP_VCALL1(pv_mmu_ops.write_cr2, v);
}

static __always_inline unsigned long paravirt_read_cr3(void)
{
	return PVOP_CALL0(unsigned long, pv_mmu_ops.read_cr3);
}

static __always_inline void paravirt_write_cr3(unsigned long v)
{
	PVOP_VCALL1(pv_mmu_ops.write_cr3, v);
}

static __always_inline unsigned long paravirt_read_cr4(void)
{
	return PVOP_CALL0(unsigned long, pv_cpu_ops.read_cr4);
}

static __always_inline void paravirt_write_cr4(unsigned long v)
{
	PVOP_VCALL1(pv_cpu_ops.write_cr4, v);
}

static __always_inline void paravirt_clts(void)
{
	PVOP_VCALL0(pv_cpu_ops.clts);
}

static __always_inline void paravirt_wbinvd(void)
{
	PVOP_VCALL0(pv_cpu_ops.wbinvd);
}

static __always_inline unsigned long paravirt_get_debugreg(int reg)
{
	return PVOP_CALL1(unsigned long, pv_cpu_ops.get_debugreg, reg);
}

static __always_inline void paravirt_set_debugreg(int reg, unsigned long v)
{
	PVOP_VCALL2(pv_cpu_ops.set_debugreg, reg, v);
}

/* --- processor.h --------------------------------------------------------- */
static __always_inline void paravirt_cpuid(u32 *eax, u32 *ebx, u32 *ecx, u32 *edx)
{
	PVOP_VCALL4(pv_cpu_ops.cpuid, eax, ebx, ecx, edx);
}

static __always_inline void paravirt_load_esp0(struct tss_struct *tss, struct thread_struct *t)
{
	PVOP_VCALL2_EDX(pv_cpu_ops.load_esp0, tss, t);
}

static __always_inline void paravirt_set_iopl_mask(unsigned int mask)
{
	PVOP_VCALL1(pv_cpu_ops.set_iopl_mask, mask);
}

/* --- io.h ------------------------------------------------------------------ */
static __always_inline void paravirt_io_delay(void)
{
	PVOP_VCALL0(pv_cpu_ops.io_delay);
}

/* --- desc.h ----------------------------------------------------------------- */
static __always_inline void paravirt_load_gdt(const struct Xgt_desc_struct *p)
{
	PVOP_VCALL1(pv_cpu_ops.load_gdt, p);
}

static __always_inline void paravirt_load_idt(const struct Xgt_desc_struct *p)
{
	PVOP_VCALL1(pv_cpu_ops.load_idt, p);
}

static __always_inline void paravirt_store_gdt(struct Xgt_desc_struct *p)
{
	PVOP_VCALL1(pv_cpu_ops.store_gdt, p);
}

static __always_inline void paravirt_store_idt(struct Xgt_desc_struct *p)
{
	PVOP_VCALL1(pv_cpu_ops.store_idt, p);
}

static __always_inline void paravirt_load_tr_desc(void)
{
	PVOP_VCALL0(pv_cpu_ops.load_tr_desc);
}

static __always_inline unsigned long paravirt_store_tr(void)
{
	return PVOP_CALL0(unsigned long, pv_cpu_ops.store_tr);
}

static __always_inline void paravirt_set_ldt(unsigned int sel)
{
	PVOP_VCALL1(pv_cpu_ops.set_ldt, sel);
}

static __always_inline unsigned long paravirt_store_ldt(void)
{
	return PVOP_CALL0(unsigned long, pv_cpu_ops.store_ldt);
}

/*
 * load_tls: natively twelve moves (three descriptors into the GDT), more
 * than a call site holds, so the site keeps room for them: unpatched it
 * calls the op and jumps over the room.  EAX is kept; ECX and EDX are
 * the scratch registers the native copy uses, as the inline copy would.
 */
#define PV_LOAD_TLS_ROOM	"46"	/* bytes after push; call; pop; jmp */
static __always_inline void paravirt_load_tls(const u64 *tls)
{
	unsigned long __ecx __unused, __edx __unused;

	__asm__ __volatile__ __inline__(PV_SITE("pushl %%eax; " PV_CALL "; popl %%eax; "
				     "jmp 773f; .fill " PV_LOAD_TLS_ROOM
				     ", 1, 0xcc; 773:")
			     : "=c" (__ecx), "=d" (__edx)
			     : "a" (PV_ARG(tls)),
			       PV_OPS(pv_cpu_ops.load_tls, CLBR_ECX | CLBR_EDX)
			     : PV_MEM);
}

static __always_inline void paravirt_write_gdt_entry(struct desc_struct *dt, int n, u32 a,
				   u32 b)
{
	PVOP_VCALL4(pv_cpu_ops.write_gdt_entry, dt, n, a, b);
}

static __always_inline void paravirt_write_ldt_entry(struct desc_struct *dt, int n, u32 a,
				   u32 b)
{
	PVOP_VCALL4(pv_cpu_ops.write_ldt_entry, dt, n, a, b);
}

static __always_inline void paravirt_write_idt_entry(struct desc_struct *dt, int n, u32 a,
				   u32 b)
{
	PVOP_VCALL4(pv_cpu_ops.write_idt_entry, dt, n, a, b);
}

/* --- msr.h ------------------------------------------------------------------ */
static __always_inline int paravirt_read_msr(u32 msr, u64 *val)
{
	return PVOP_CALL2(int, pv_cpu_ops.read_msr, msr, val);
}

static __always_inline int paravirt_write_msr(u32 msr, u32 lo, u32 hi)
{
	return PVOP_CALL3(int, pv_cpu_ops.write_msr, msr, lo, hi);
}

static __always_inline u64 paravirt_read_tsc(void)
{
	return PVOP_CALL0_64(pv_cpu_ops.read_tsc);
}

static __always_inline u64 paravirt_read_pmc(int counter)
{
	return PVOP_CALL1_64(pv_cpu_ops.read_pmc, counter);
}

/* --- tlbflush.h ------------------------------------------------------------- */
static __always_inline void paravirt_flush_tlb_user(void)
{
	PVOP_VCALL0_EAX(pv_mmu_ops.flush_tlb_user);
}

static __always_inline void paravirt_flush_tlb_kernel(void)
{
	PVOP_VCALL0(pv_mmu_ops.flush_tlb_kernel);
}

static __always_inline void paravirt_flush_tlb_single(unsigned long addr)
{
	PVOP_VCALL1(pv_mmu_ops.flush_tlb_single, addr);
}

/* --- pgtable.h -------------------------------------------------------------- */
static __always_inline void paravirt_set_pte(pte_t *ptep, pte_t pte)
{
	PVOP_VCALL2(pv_mmu_ops.set_pte, ptep, pte_val(pte));
}

/*
 * set_pte_at: (ptep, pte) in EAX and EDX like set_pte; mm and addr,
 * which only a hypervisor needs, are pushed inside the site, so that the
 * native template (one store) replaces the whole of it.  The op is
 * regparm(2) to match (paravirt_types.h).
 */
static __always_inline void paravirt_set_pte_at(struct mm_struct *mm,
						unsigned long addr,
						pte_t *ptep, pte_t pte)
{
	unsigned long __eax, __edx;

	__asm__ __volatile__ __inline__(PV_SITE("pushl %%ecx; pushl %[pv_addr]; "
				     "pushl %[pv_mm]; " PV_CALL "; "
				     "addl $8, %%esp; popl %%ecx")
			     : "=a" (__eax), "=d" (__edx)
			     : "0" (PV_ARG(ptep)), "1" (pte_val(pte)),
			       [pv_mm] "ri" (PV_ARG(mm)),
			       [pv_addr] "ri" (addr),
			       PV_OPS(pv_mmu_ops.set_pte_at,
				      CLBR_EAX | CLBR_EDX)
			     : PV_MEM);
}

static __always_inline void paravirt_set_pmd(pgd_t *pmdp, pgd_t pmd)
{
	PVOP_VCALL2(pv_mmu_ops.set_pmd, pmdp, pgd_val(pmd));
}

static __always_inline void paravirt_pte_clear(struct mm_struct *mm,
				      unsigned long addr, pte_t *ptep)
{
	paravirt_set_pte_at(mm, addr, ptep, __pte(0));
}

static __always_inline void paravirt_pte_update(struct mm_struct *mm, unsigned long addr,
			      pte_t *ptep)
{
	PVOP_VHOOK3(pv_mmu_ops.pte_update, mm, addr, ptep);
}

static __always_inline void paravirt_pte_update_defer(struct mm_struct *mm, unsigned long addr,
				    pte_t *ptep)
{
	PVOP_VHOOK3(pv_mmu_ops.pte_update_defer, mm, addr, ptep);
}

static __always_inline void paravirt_alloc_pt(unsigned long pfn)
{
	PVOP_VHOOK1(pv_mmu_ops.alloc_pt, pfn);
}

static __always_inline void paravirt_release_pt(unsigned long pfn)
{
	PVOP_VHOOK1(pv_mmu_ops.release_pt, pfn);
}

static __always_inline void paravirt_alloc_pd(unsigned long pfn)
{
	PVOP_VHOOK1(pv_mmu_ops.alloc_pd, pfn);
}

static __always_inline void paravirt_release_pd(unsigned long pfn)
{
	PVOP_VHOOK1(pv_mmu_ops.release_pd, pfn);
}

static __always_inline void paravirt_pagetable_setup_start(pgd_t *base)
{
	pv_mmu_ops.pagetable_setup_start(base);
}

static __always_inline void paravirt_pagetable_setup_done(pgd_t *base)
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

static __always_inline void paravirt_enter_lazy_cpu_mode(void)
{
	PVOP_VCALL0(pv_cpu_ops.lazy_mode.enter);
}

static __always_inline void paravirt_leave_lazy_cpu_mode(void)
{
	PVOP_VCALL0(pv_cpu_ops.lazy_mode.leave);
}

static __always_inline void paravirt_enter_lazy_mmu_mode(void)
{
	PVOP_VCALL0(pv_mmu_ops.lazy_mode.enter);
}

static __always_inline void paravirt_leave_lazy_mmu_mode(void)
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
