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
 *                                    flush_tlb_user: EAX, which natively
 *                                    needs a scratch one)
 *   op returning u32 in EAX          push ecx, edx; call; pop them
 *                                    10 bytes, clobbers EAX (the result)
 *   op returning u64 in EDX:EAX      push ecx; call; pop ecx; 8 bytes
 *   void op(a, b, c, d), rare        d pushed outside; the call alone,
 *                                    6 bytes, clobbers CLBR_ANY
 *   operand sites (PVOP_VCALLA*)     the arguments are loaded inside the
 *                                    site (see below); nothing changes
 *   save_fl                          the result wherever gcc likes; see
 *                                    paravirt_save_fl()
 *   thunk sites (PVOP_VTHUNK*)       the page-table stores: arguments
 *                                    pushed, a call to their thunk
 * Keeping the registers is what lets the compiler leave values where they
 * are across a site, so a natively patched site costs exactly the
 * instructions it replaces.  Every site is a compiler barrier ("memory"),
 * but for the PTE hooks, which write nothing the kernel reads (they may
 * queue work in the backend's own memory), and "asm inline": gcc sizes
 * it as the one instruction it patches to, not by its many statements,
 * so functions holding sites are inlined as they would be without
 * CONFIG_PARAVIRT.
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
 * flush_tlb_user natively needs a scratch register: its site gives it
 * EAX, as the inline instructions it replaces had it.
 */
#define PVOP_VCALL0_EAX(op) ({						\
	unsigned long __eax __unused;					\
	__asm__ __volatile__ __inline__(PV_SITE(PV_KEEP_CX_DX) : "=a" (__eax)	\
			     : PV_OPS(op, CLBR_EAX) : PV_MEM);		\
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
 * Operand sites, for the ops whose arguments natively are operands of
 * one or two instructions (the page-table stores, invlpg, the esp0 and
 * TLS copies) and for the hooks that are NOPs natively.  The arguments
 * are loaded inside the site: pushed from wherever the compiler keeps
 * them, a register or a constant (or memory, for the flags), and popped
 * into EAX, EDX and ECX.  So no register is pinned, a NOP'd site
 * leaves nothing behind, and a backend can read each operand back from
 * its push (paravirt_site_args()) and patch, say, "movl %ecx, (%ebx)"
 * where the values already are, as the kernel without CONFIG_PARAVIRT
 * has it.  The shape, which the decoder relies on:
 *	push eax; push ecx; push edx		kept: the site changes nothing
 *	push arg n-1; ...; push arg 0		50+r, 6a ib or 68 id each
 *	pop eax [; pop edx [; pop ecx]]
 *	call *op
 *	pop edx; pop ecx; pop eax
 * All pushes come before any pop, so any register may hold any argument.
 */
/* The operands: a register or a constant, or always a register. */
#define PV_IN(n, x)	[pv_a##n] "ri" (PV_ARG(x))
#define PV_IN_REG(n, x)	[pv_a##n] "r" (PV_ARG(x))
/* Or anywhere, memory included: for the flags, which gcc often spills. */
#define PV_IN_RM(n, x)	[pv_a##n] "rmi" (PV_ARG(x))
/*
 * A memory operand is never addressed off ESP, which the pushes move:
 * the kernel is built with frame pointers, so gcc reaches its stack
 * slots through EBP (and make audit checks every site).
 */
#define PV_ARGS_1	"pushl %[pv_a0]; popl %%eax; "
#define PV_ARGS_2	"pushl %[pv_a1]; pushl %[pv_a0]; popl %%eax; popl %%edx; "
#define PV_ARGS_3	"pushl %[pv_a2]; pushl %[pv_a1]; pushl %[pv_a0]; "	\
			"popl %%eax; popl %%edx; popl %%ecx; "

/* A fourth stays on the stack, where regparm(3) passes it. */
#define PV_ARGS_4	"pushl %[pv_a3]; " PV_ARGS_3

/* The arguments are PV_IN() or PV_IN_REG() operands, numbered from 0. */
#define PVOP_VCALLA1(op, a0)						\
	__asm__ __volatile__ __inline__(PV_SITE(PV_PUSH_ALL PV_ARGS_1	\
						PV_CALL PV_POP_ALL)	\
			     : : a0, PV_OPS(op, CLBR_NONE) : PV_MEM)
#define PVOP_VCALLA2(op, a0, a1)					\
	__asm__ __volatile__ __inline__(PV_SITE(PV_PUSH_ALL PV_ARGS_2	\
						PV_CALL PV_POP_ALL)	\
			     : : a0, a1, PV_OPS(op, CLBR_NONE) : PV_MEM)
#define PVOP_VCALLA3(op, a0, a1, a2)					\
	__asm__ __volatile__ __inline__(PV_SITE(PV_PUSH_ALL PV_ARGS_3	\
						PV_CALL PV_POP_ALL)	\
			     : : a0, a1, a2, PV_OPS(op, CLBR_NONE)	\
			     : PV_MEM)
/* ... and is dropped after the call, popped into EDX before its restore. */
#define PVOP_VCALLA4(op, a0, a1, a2, a3)				\
	__asm__ __volatile__ __inline__(PV_SITE(PV_PUSH_ALL PV_ARGS_4	\
						PV_CALL "; popl %%edx"	\
						PV_POP_ALL)		\
			     : : a0, a1, a2, a3, PV_OPS(op, CLBR_NONE)	\
			     : PV_MEM)
/*
 * The PTE hooks read the one entry they are told of and change nothing
 * the kernel reads: their sites are ordered after the store to that
 * entry (an "m" input) but are no barrier for the rest of memory, so the
 * compiler keeps what it knows across them, the entry's value included.
 * The op may write its own memory, which no code around a site reads
 * (lguest queues the update in its hypercall ring): that is ordered by
 * the call itself, and every other site, through which the backend
 * sees that memory again, is a full barrier.  The op's slot is an input
 * too: the site reads it to call through.
 */
#define PVOP_VCALLA3_READS(op, obj, a0, a1, a2)				\
	__asm__ __volatile__ __inline__(PV_SITE(PV_PUSH_ALL PV_ARGS_3	\
						PV_CALL PV_POP_ALL)	\
			     : : a0, a1, a2, "m" (obj), "m" (op),	\
			       PV_OPS(op, CLBR_NONE) : "cc")


/*
 * Thunk sites, for the page-table stores, whose operand sites would be
 * too long to patch into the one instruction they are natively: the
 * site only pushes the arguments (the last first, as in an operand site)
 * and calls the op's thunk (arch/i386/paravirt/thunks.S), which does
 * the rest of a site's work and pops them on return.  So set_pte_at
 * from registers is a 9-byte site.  A backend's direct call leaves these
 * sites as they are (the thunk calls through the table).
 */
#define PV_THUNK(name)	"call pv_thunk_" #name
#define PVOP_VTHUNK2(op, name, a0, a1)					\
	__asm__ __volatile__ __inline__(PV_SITE("pushl %[pv_a1]; "	\
						"pushl %[pv_a0]; "	\
						PV_THUNK(name))		\
			     : : a0, a1, PV_OPS(op, CLBR_NONE) : PV_MEM)
#define PVOP_VTHUNK4(op, name, a0, a1, a2, a3)				\
	__asm__ __volatile__ __inline__(PV_SITE("pushl %[pv_a3]; "	\
						"pushl %[pv_a2]; "	\
						"pushl %[pv_a1]; "	\
						"pushl %[pv_a0]; "	\
						PV_THUNK(name))		\
			     : : a0, a1, a2, a3, PV_OPS(op, CLBR_NONE)	\
			     : PV_MEM)

/* --- pv_info ------------------------------------------------------------ */
extern bool paravirt_backend_final;	/* paravirt_backend.h */
void panic(const char *fmt, ...) __attribute__((noreturn));

/*
 * The ring the kernel runs in, for the selectors and gates it builds:
 * read before the backend is settled, it could be the wrong one, so
 * that is a bug (the boot order of Documentation/boot.txt).
 */
static __always_inline unsigned int paravirt_kernel_rpl(void)
{
	if (__builtin_expect(!paravirt_backend_final, 0))
		panic("paravirt: kernel_rpl read before the backend was chosen");
	return pv_info.kernel_rpl;
}

/* paravirt_enabled() (asm/segment.h, by the processor patch). */
static __always_inline int paravirt_is_enabled(void)
{
	return pv_info.paravirt_enabled;
}

/* --- irqflags.h ----------------------------------------------------------- */
/*
 * save_fl: the flags go wherever the compiler likes, a register or a
 * stack slot; the site saves the other caller-saved registers and moves
 * the result out of EAX unless that is the place (paravirt_site_result()
 * reads it back), so native patches "pushfl; popl <place>": the
 * instructions a kernel without CONFIG_PARAVIRT has.  restore_fl is an
 * operand site, its operand anywhere too: "pushl <place>; popfl".
 * Neither changes any other register.
 */
#define PV_KEEP_UNLESS(r)	".ifnc %[pv_f],%%" r "\n\tpushl %%" r "\n\t.endif\n\t"
#define PV_POP_UNLESS(r)	"\n\t.ifnc %[pv_f],%%" r "\n\tpopl %%" r "\n\t.endif"
static __always_inline unsigned long paravirt_save_fl(void)
{
	unsigned long f;

	__asm__ __volatile__ __inline__(PV_SITE(PV_KEEP_UNLESS("eax")
						PV_KEEP_UNLESS("ecx")
						PV_KEEP_UNLESS("edx")
						PV_CALL "\n\t"
						".ifnc %[pv_f],%%eax\n\t"
						"movl %%eax, %[pv_f]\n\t"
						".endif"
						PV_POP_UNLESS("edx")
						PV_POP_UNLESS("ecx")
						PV_POP_UNLESS("eax"))
			     : [pv_f] "=rm" (f)
			     : PV_OPS(pv_irq_ops.save_fl, CLBR_NONE)
			     : PV_MEM);
	return f;
}

static __always_inline void paravirt_restore_fl(unsigned long f)
{
	PVOP_VCALLA1(pv_irq_ops.restore_fl, PV_IN_RM(0, f));
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
	PVOP_VCALLA2(pv_cpu_ops.load_esp0, PV_IN(0, tss), PV_IN_REG(1, t));
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
 * load_tls: an operand site with room for the native code, six
 * memory-to-memory moves (pushl; popl) of the descriptors into the GDT,
 * which is more than a call takes: unpatched, the site calls the op and
 * jumps over the room.  PV_LOAD_TLS_LEN is the native code's length
 * (backends/native checks it).
 */
#define PV_LOAD_TLS_LEN		54
static __always_inline void paravirt_load_tls(const struct thread_struct *t,
					      unsigned int cpu)
{
	__asm__ __volatile__ __inline__(PV_SITE(PV_PUSH_ALL PV_ARGS_2 PV_CALL
						PV_POP_ALL "; "
						".byte 0xeb, 773f - 774f\n"
						"774:\t.skip 771b + %c[pv_len] - 774b, 0xcc\n"
						"773:")
			     : : PV_IN_REG(0, t), PV_IN(1, cpu),
			       [pv_len] "i" (PV_LOAD_TLS_LEN),
			       PV_OPS(pv_cpu_ops.load_tls, CLBR_NONE)
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
	PVOP_VCALLA1(pv_mmu_ops.flush_tlb_single, PV_IN_REG(0, addr));
}

/* --- pgtable.h -------------------------------------------------------------- */
static __always_inline void paravirt_set_pte(pte_t *ptep, pte_t pte)
{
	PVOP_VTHUNK2(pv_mmu_ops.set_pte, set_pte, PV_IN(0, ptep),
		     PV_IN(1, pte_val(pte)));
}

static __always_inline void paravirt_set_pte_at(struct mm_struct *mm,
						unsigned long addr,
						pte_t *ptep, pte_t pte)
{
	PVOP_VTHUNK4(pv_mmu_ops.set_pte_at, set_pte_at, PV_IN_RM(0, mm),
		     PV_IN_RM(1, addr), PV_IN(2, ptep),
		     PV_IN(3, pte_val(pte)));
}

static __always_inline void paravirt_set_pmd(pgd_t *pmdp, pgd_t pmd)
{
	PVOP_VTHUNK2(pv_mmu_ops.set_pmd, set_pmd, PV_IN(0, pmdp),
		     PV_IN(1, pgd_val(pmd)));
}

static __always_inline void paravirt_pte_clear(struct mm_struct *mm,
				      unsigned long addr, pte_t *ptep)
{
	paravirt_set_pte_at(mm, addr, ptep, __pte(0));
}

static __always_inline void paravirt_pte_update(struct mm_struct *mm,
						unsigned long addr, pte_t *ptep)
{
	PVOP_VCALLA3_READS(pv_mmu_ops.pte_update, *ptep, PV_IN_RM(0, mm),
			   PV_IN_RM(1, addr), PV_IN(2, ptep));
}

static __always_inline void paravirt_pte_update_defer(struct mm_struct *mm,
						      unsigned long addr,
						      pte_t *ptep)
{
	PVOP_VCALLA3_READS(pv_mmu_ops.pte_update_defer, *ptep,
			   PV_IN_RM(0, mm), PV_IN_RM(1, addr),
			   PV_IN(2, ptep));
}

static __always_inline void paravirt_alloc_pt(unsigned long pfn)
{
	PVOP_VCALLA1(pv_mmu_ops.alloc_pt, PV_IN(0, pfn));
}

static __always_inline void paravirt_release_pt(unsigned long pfn)
{
	PVOP_VCALLA1(pv_mmu_ops.release_pt, PV_IN(0, pfn));
}

static __always_inline void paravirt_alloc_pd(unsigned long pfn,
					      unsigned long clone_pfn,
					      unsigned long start,
					      unsigned long count)
{
	PVOP_VCALLA4(pv_mmu_ops.alloc_pd, PV_IN(0, pfn), PV_IN(1, clone_pfn),
		     PV_IN(2, start), PV_IN(3, count));
}

static __always_inline void paravirt_release_pd(unsigned long pfn)
{
	PVOP_VCALLA1(pv_mmu_ops.release_pd, PV_IN(0, pfn));
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
/*
 * Between enter and leave of a mode a backend may queue its updates; only
 * one mode is active at a time.  Lazy MMU mode brackets loops over page
 * tables (fork's copy), with interrupts on: it may be preempted, and the
 * context switch then leaves it and enters it again when the task runs
 * next.  Lazy CPU mode is the context switch itself, between the
 * start_context_switch and end_context_switch ops.
 */
enum paravirt_lazy_mode {
	PARAVIRT_LAZY_NONE,
	PARAVIRT_LAZY_MMU,
	PARAVIRT_LAZY_CPU,
};

/*
 * For backends that batch (lazy.c): the mode, which their enter and
 * leave ops record (both BUG on misuse), and their context-switch ops'
 * work: start leaves prev's lazy MMU mode, if any, through the leave op
 * (so its queue is applied before another task runs) and enters lazy
 * CPU mode; end leaves lazy CPU mode and enters next's lazy MMU mode
 * again if it was switched out in one.
 */
enum paravirt_lazy_mode paravirt_get_lazy_mode(void);
void paravirt_enter_lazy(enum paravirt_lazy_mode mode);
void paravirt_leave_lazy(enum paravirt_lazy_mode mode);
void paravirt_lazy_switch_start(struct task_struct *prev);
void paravirt_lazy_switch_end(struct task_struct *next);

static __always_inline void
paravirt_start_context_switch(struct task_struct *prev)
{
	PVOP_VCALLA1(pv_cpu_ops.start_context_switch, PV_IN(0, prev));
}

static __always_inline void
paravirt_end_context_switch(struct task_struct *next)
{
	PVOP_VCALLA1(pv_cpu_ops.end_context_switch, PV_IN(0, next));
}

static __always_inline void paravirt_enter_lazy_mmu_mode(void)
{
	PVOP_VCALL0(pv_mmu_ops.lazy_mode.enter);
}

static __always_inline void paravirt_leave_lazy_mmu_mode(void)
{
	PVOP_VCALL0(pv_mmu_ops.lazy_mode.leave);
}

/* Makes queued page-table updates visible now, staying in the mode. */
void paravirt_flush_lazy_mmu_mode(void);

/* --- the core (arch/i386/paravirt) ------------------------------------- */
/* Registers the console of the backend's ops (platform.c). */
void paravirt_console_init(void);
/* Chooses the backend (paravirt=) and patches every site; setup_arch(). */
void paravirt_setup(void);
/* Patches the sites in [start, end); the kernel's own at boot. */
void apply_paravirt(struct paravirt_patch_site *start,
		    struct paravirt_patch_site *end);

#endif /* __ASSEMBLY__ */
#endif /* _ASM_I386_PARAVIRT_H */
