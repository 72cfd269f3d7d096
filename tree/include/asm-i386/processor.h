/*
 * The processor: CPUID, the Task State Segment (TSS) and per-thread state
 *
 * arch/i386/kernel/cpu.c identifies the CPU at boot; tss.c owns the one
 * TSS whose esp0 the context switch (kernel/sched.c, switch_to) points at
 * the next task's kernel stack.  The TSS layout is the hardware's and is
 * read by entry.S (sysenter) through asm-offsets.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _ASM_I386_PROCESSOR_H
#define _ASM_I386_PROCESSOR_H

#include <linux/types.h>
#include <asm/processor-flags.h>
#include <asm/segment.h>

static inline void native_cpuid(u32 *eax, u32 *ebx, u32 *ecx, u32 *edx)
{
	/* EAX (leaf) and ECX (subleaf) in, all four out. */
	__asm__ __volatile__("cpuid"
			     : "=a"(*eax), "=b"(*ebx), "=c"(*ecx), "=d"(*edx)
			     : "0"(*eax), "2"(*ecx));
}
#define __cpuid(a, b, c, d)	native_cpuid(a, b, c, d)

static inline void cpuid(u32 leaf, u32 *eax, u32 *ebx, u32 *ecx, u32 *edx)
{
	*eax = leaf;
	*ecx = 0;
	__cpuid(eax, ebx, ecx, edx);
}

struct cpuinfo_x86 {
	char vendor[13];
	u32 family, model, stepping;
	u32 features;		/* CPUID.1:EDX */
	u32 tsc_khz;		/* calibrated against the PIT, 0 if none */
};
extern struct cpuinfo_x86 boot_cpu_data;
#define cpu_has(f)	(boot_cpu_data.features & (f))

/* Hardware TSS (Intel SDM vol. 3, 7.2.1), then the I/O permission bitmap. */
struct i386_hw_tss {
	u16 back_link, __blh;
	u32 esp0;
	u16 ss0, __ss0h;
	u32 esp1;
	u16 ss1, __ss1h;
	u32 esp2;
	u16 ss2, __ss2h;
	u32 cr3, eip, eflags;
	u32 eax, ecx, edx, ebx, esp, ebp, esi, edi;
	u16 es, __esh, cs, __csh, ss, __ssh, ds, __dsh;
	u16 fs, __fsh, gs, __gsh, ldt, __ldth;
	u16 trace, io_bitmap_base;
} __packed;

#define IO_BITMAP_OFFSET_INVALID	0x8000	/* beyond the limit: no ports */

struct tss_struct {
	struct i386_hw_tss x86_tss;
} __aligned(128);

extern struct tss_struct init_tss;

/* Per-task machine state, saved and restored by the context switch. */
struct thread_struct {
	unsigned long esp0;	/* top of the kernel stack */
	unsigned long esp;	/* saved kernel ESP while switched out */
	unsigned long iopl;	/* EFLAGS.IOPL bits for user mode */
	u64 tls_array[GDT_ENTRY_TLS_ENTRIES];
};

static inline void native_load_esp0(struct tss_struct *tss,
				    struct thread_struct *t)
{
	tss->x86_tss.esp0 = t->esp0;
}
#define load_esp0(tss, t)	native_load_esp0(tss, t)

/*
 * Sets EFLAGS.IOPL of the running kernel context.  At CPL 0 popfl can
 * change IOPL; __switch_to_asm saves and restores EFLAGS per task, and
 * sysexit returns to user mode with this live value.
 */
static inline void native_set_iopl_mask(unsigned mask)
{
	unsigned long f;

	__asm__ __volatile__("pushfl; popl %0" : "=r"(f));
	f = (f & ~X86_EFLAGS_IOPL) | mask;
	__asm__ __volatile__("pushl %0; popfl" : : "r"(f) : "cc", "memory");
}
#define set_iopl_mask(m)	native_set_iopl_mask(m)

static inline void cpu_relax(void)
{
	__asm__ __volatile__("pause" : : : "memory");
}

void cpu_init(void);
void cpu_detect(void);

#endif /* _ASM_I386_PROCESSOR_H */
