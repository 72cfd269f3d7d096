/*
 * Paravirtualization operations (paravirt_ops): the types
 *
 * The tables of function pointers that stand in for every privileged
 * operation of the kernel, grouped as Linux 2.6.24 grouped them, the
 * record each patchable call site leaves in .parainstructions, and the
 * clobber flags.  paravirt.h builds the call sites on these;
 * arch/i386/paravirt/ selects a backend, which fills the tables, and
 * patches the sites; backends/<name>/ hold the implementations.
 *
 * Calling convention of every op: the kernel's, -mregparm=3: arguments
 * in EAX, EDX, ECX, a fourth on the stack; results in EAX or EDX:EAX;
 * a C implementation may clobber EAX, ECX and EDX.  The call sites
 * (paravirt.h) save around the call what the caller must keep: a site
 * of a void op changes no register, a site of an op with a result
 * changes only the result's registers.  The exceptions are marked
 * "site:" below.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _ASM_I386_PARAVIRT_TYPES_H
#define _ASM_I386_PARAVIRT_TYPES_H

/*
 * A site's clobber mask: the registers that may differ after it (its
 * results included), and, in the high bits, which of those are results,
 * so that CONFIG_DEBUG_PARAVIRT poisons only the others.
 */
#define CLBR_NONE	0x0
#define CLBR_EAX	0x1
#define CLBR_ECX	0x2
#define CLBR_EDX	0x4
#define CLBR_ANY	0x7
#define CLBR_RET_EAX	(CLBR_EAX << 4)
#define CLBR_RET_EDX	(CLBR_EDX << 4)
#define CLBR_REGS(c)	((c) & CLBR_ANY)
#define CLBR_RESULTS(c)	(((c) >> 4) & CLBR_ANY)

#ifndef __ASSEMBLY__
#include <linux/types.h>
#include <asm/page.h>

struct Xgt_desc_struct;
struct desc_struct;
struct tss_struct;
struct thread_struct;
struct mm_struct;
struct task_struct;

/* What the kernel needs to know about the machine it runs on. */
struct pv_info {
	unsigned int kernel_rpl;	/* RPL the kernel runs at: 0, or 1 */
	int paravirt_enabled;		/* 0 on bare metal */
	const char *name;		/* "bare hardware", "lhype", "vmi" */
};

/* Boot-time operations; called directly, never patched. */
struct pv_init_ops {
	/*
	 * Rewrites one call site (arch/i386/paravirt/patch.c): buf holds a
	 * copy of the site's len bytes, addr is where they live.  Returns
	 * the bytes used; the caller pads the rest and writes the site.
	 */
	unsigned int (*patch)(u8 type, u16 clobbers, void *buf,
			      unsigned long addr, unsigned int len);
	/* Early setup, before the memory map is read. */
	void (*arch_setup)(void);
	/* Registers the E820 map; returns its source, for the log. */
	const char *(*memory_setup)(void);
};

/* Time.  time_init and the wallclock are called directly. */
struct pv_time_ops {
	void (*time_init)(void);
	unsigned long (*get_wallclock)(void);		/* epoch seconds */
	int (*set_wallclock)(unsigned long secs);	/* 0 or -errno */
	unsigned long long (*sched_clock)(void);	/* ns since boot */
};

/*
 * Lazy MMU mode: between enter and leave, page-table updates may be
 * queued and applied at leave at the latest.  A section may be
 * preempted: the context switch leaves it and enters it again when the
 * task runs (pv_cpu_ops.start/end_context_switch).
 */
struct pv_lazy_ops {
	void (*enter)(void);
	void (*leave)(void);
};

/* The CPU's privileged state, descriptor tables, MSRs, returns. */
struct pv_cpu_ops {
	/* In: *eax = leaf, *ecx = subleaf.  site: CLBR_ANY */
	void (*cpuid)(u32 *eax, u32 *ebx, u32 *ecx, u32 *edx);
	unsigned long (*get_debugreg)(int reg);
	void (*set_debugreg)(int reg, unsigned long val);
	void (*clts)(void);
	unsigned long (*read_cr0)(void);
	void (*write_cr0)(unsigned long v);
	unsigned long (*read_cr4)(void);
	void (*write_cr4)(unsigned long v);
	void (*wbinvd)(void);
	/* Returns 0 or -EIO (the access faulted). */
	int (*read_msr)(u32 msr, u64 *val);
	int (*write_msr)(u32 msr, u32 lo, u32 hi);
	u64 (*read_tsc)(void);			/* EDX:EAX */
	u64 (*read_pmc)(int counter);		/* EDX:EAX */
	void (*load_tr_desc)(void);		/* selector GDT_ENTRY_TSS */
	void (*load_gdt)(const struct Xgt_desc_struct *p);
	void (*load_idt)(const struct Xgt_desc_struct *p);
	void (*store_gdt)(struct Xgt_desc_struct *p);
	void (*store_idt)(struct Xgt_desc_struct *p);
	void (*set_ldt)(unsigned int sel);
	unsigned long (*store_tr)(void);			/* none */
	unsigned long (*store_ldt)(void);			/* none */
	/* Installs t's TLS descriptors in the GDT of CPU cpu. */
	void (*load_tls)(const struct thread_struct *t, unsigned int cpu);
	/* Write one descriptor: dt[n] = {a, b}.  site: CLBR_ANY */
	void (*write_ldt_entry)(struct desc_struct *dt, int n, u32 a, u32 b);
	void (*write_gdt_entry)(struct desc_struct *dt, int n, u32 a, u32 b);
	void (*write_idt_entry)(struct desc_struct *dt, int n, u32 a, u32 b);
	/* The kernel stack for traps from user mode. */
	void (*load_esp0)(struct tss_struct *tss, struct thread_struct *t);
	void (*set_iopl_mask)(unsigned int mask);	/* IOPL << 12 */
	void (*io_delay)(void);
	/*
	 * Around the context switch, from switch_to() with interrupts off:
	 * start(prev) before it changes any CPU state, end(next) after the
	 * last change, before the stacks are swapped.  Between them the
	 * CPU-state updates may be queued (lazy CPU mode).  A backend that
	 * batches calls paravirt_lazy_switch_start()/_end() (lazy.c) from
	 * them: they leave prev's lazy MMU mode, flushing it, and enter
	 * next's again, so no task runs inside another's lazy section.
	 */
	void (*start_context_switch)(struct task_struct *prev);
	void (*end_context_switch)(struct task_struct *next);
	/*
	 * Jumped to, never called, from entry.S with the user frame on
	 * the stack: iret pops it; irq_enable_sysexit returns to EDX (EIP)
	 * and ECX (ESP).  site: ANY (nothing after them runs).
	 */
	void (*irq_enable_sysexit)(void);
	void (*iret)(void);
};

/* The interrupt flag.  Only EFLAGS.IF (0x200) of a flags value counts. */
struct pv_irq_ops {
	void (*init_IRQ)(void);			/* called directly */
	unsigned long (*save_fl)(void);
	void (*restore_fl)(unsigned long f);
	void (*irq_disable)(void);
	void (*irq_enable)(void);
	void (*safe_halt)(void);		/* enable, halt */
	void (*halt)(void);
};

/*
 * The machine around the kernel: its console, and how it ends.  Called
 * directly, never patched (arch/i386/paravirt/platform.c routes the
 * tree's console, power-off, restart and panic here).  Before a backend
 * is chosen these are native's (the 16550 and isa-debug-exit), so the
 * console works from the first printk, and after it they are the
 * backend's.
 */
struct pv_platform_ops {
	/* Prepares the console (natively: programs the UART). */
	void (*console_setup)(void);
	/* Writes n bytes; "\n" as it is, the backend adds any "\r". */
	void (*console_write)(const char *s, size_t n);
	/* One byte of console input, or -1 if none is waiting. */
	int (*console_read)(void);
	/*
	 * Ends the run with a status (POWEROFF_*: 0 all well, 1 a test
	 * failed, 2 panic), which the host must be able to see: under
	 * QEMU, native exits through isa-debug-exit.  Does not return.
	 */
	void (*power_off)(int status) __noreturn;
	/* Resets the machine.  Does not return. */
	void (*restart)(void) __noreturn;
	/*
	 * panic() tells the backend why, just before it powers off with
	 * POWEROFF_PANIC; a hypervisor may end the guest here instead.
	 */
	void (*panic)(const char *why);
};

/* Page tables, CR2/CR3 and the TLB. */
struct pv_mmu_ops {
	/* Around building the kernel page tables; called directly. */
	void (*pagetable_setup_start)(pgd_t *base);
	void (*pagetable_setup_done)(pgd_t *base);
	unsigned long (*read_cr2)(void);
	void (*write_cr2)(unsigned long v);
	unsigned long (*read_cr3)(void);
	void (*write_cr3)(unsigned long v);
	void (*flush_tlb_user)(void);
	void (*flush_tlb_kernel)(void);
	void (*flush_tlb_single)(unsigned long addr);
	/*
	 * Notices: a page becomes, or stops being, a page table (pt) or a
	 * page directory (pd); NOPs natively.  alloc_pt: the page is zeroed
	 * and not yet linked (set_pmd follows); it may come inside a lazy
	 * MMU section.  At release the page is still allocated and freed
	 * right after, outside any lazy mode; release_pt: no PDE points at
	 * it (each was cleared through set_pmd) and its directory is not in
	 * CR3; release_pd: after release_pt of each of its tables, every
	 * user PDE clear, not in CR3 (nor loaded again unless alloc_pd
	 * announces the page anew), so a shadow kept for it must go.
	 * alloc_pd: entries [start, start + count) were copied from the
	 * directory at clone_pfn (the kernel half: 768, 256, from
	 * swapper_pg_dir, as VMI's AllocatePage CLONE wants), all others
	 * are zero; before the page is first loaded into CR3.
	 * adding-a-backend.txt has the whole contract.
	 */
	void (*alloc_pt)(unsigned long pfn);
	void (*release_pt)(unsigned long pfn);
	void (*alloc_pd)(unsigned long pfn, unsigned long clone_pfn,
			 unsigned long start, unsigned long count);
	void (*release_pd)(unsigned long pfn);
	void (*set_pte)(pte_t *ptep, pte_t pte);
	void (*set_pte_at)(struct mm_struct *mm, unsigned long addr,
			   pte_t *ptep, pte_t pte);
	void (*set_pmd)(pgd_t *pmdp, pgd_t pmd);
	/*
	 * After an in-place change of a present PTE; NOPs natively.  They
	 * may read *ptep, and may queue work (a hypercall ring, deferred
	 * updates) in the backend's own memory, to be applied at a lazy
	 * leave or any later op.  They must not write *ptep or anything
	 * the code around their sites reads: the sites are ordered after
	 * the store to *ptep but are no compiler barrier (paravirt.h), so
	 * the kernel keeps what it knows in registers across them.
	 */
	void (*pte_update)(struct mm_struct *mm, unsigned long addr,
			   pte_t *ptep);
	void (*pte_update_defer)(struct mm_struct *mm, unsigned long addr,
				 pte_t *ptep);
	struct pv_lazy_ops lazy_mode;
};

/*
 * Every patchable op in one structure: a site's type is its op's index
 * here (offset / pointer size), so the patcher can find the op again.
 */
struct paravirt_patch_template {
	struct pv_init_ops pv_init_ops;
	struct pv_time_ops pv_time_ops;
	struct pv_cpu_ops pv_cpu_ops;
	struct pv_irq_ops pv_irq_ops;
	struct pv_mmu_ops pv_mmu_ops;
	struct pv_platform_ops pv_platform_ops;
};

#define PARAVIRT_PATCH(x)						\
	(__builtin_offsetof(struct paravirt_patch_template, x) / sizeof(void *))
#define PARAVIRT_NR_OPS							\
	(sizeof(struct paravirt_patch_template) / sizeof(void *))

/* The record a call site leaves in .parainstructions (8 bytes). */
struct paravirt_patch_site {
	u8 *instr;		/* first byte of the site */
	u8 instrtype;		/* PARAVIRT_PATCH(op) */
	u8 len;			/* bytes in the site */
	u16 clobbers;		/* CLBR_*: what the site may change */
};

extern struct pv_info pv_info;
extern struct pv_init_ops pv_init_ops;
extern struct pv_time_ops pv_time_ops;
extern struct pv_cpu_ops pv_cpu_ops;
extern struct pv_irq_ops pv_irq_ops;
extern struct pv_mmu_ops pv_mmu_ops;
extern struct pv_platform_ops pv_platform_ops;

extern struct paravirt_patch_site __parainstructions[];
extern struct paravirt_patch_site __parainstructions_end[];

#endif /* __ASSEMBLY__ */
#endif /* _ASM_I386_PARAVIRT_TYPES_H */
