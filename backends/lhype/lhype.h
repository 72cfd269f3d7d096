/*
 * The lhype guest backend: the module map and the hypercall
 *
 * backends/lhype/ runs the kernel under lhype, our host with lguest's
 * 2.6.23 ABI (include/linux/lguest.h): the host starts the image at
 * entry.S's "GenuineLguest" entry in ring 1, lhype.c installs the ops,
 * and every privileged operation becomes a hypercall (int $0x1f), a
 * store to the page the kernel shares with the host (lguest_data), or
 * nothing.  Prototypes shared by its files, grouped by file.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _BACKENDS_LHYPE_H
#define _BACKENDS_LHYPE_H

#include <linux/types.h>
#include <linux/lguest.h>
#include <asm/paravirt_irq.h>

/* The series' hooks (asm/paravirt_irq.h): NULL on a tree without them. */
PARAVIRT_IRQ_HOOKS_WEAK;

struct pt_regs;

/*
 * One synchronous hypercall: EAX = call, EDX, EBX, ECX = arguments, the
 * result in EAX.  The host runs the async ring first (mmu.c).
 */
static inline unsigned long lhype_hcall(unsigned long call, unsigned long a1,
					unsigned long a2, unsigned long a3)
{
	__asm__ __volatile__("int $0x1f"
			     : "=a"(call)
			     : "a"(call), "d"(a1), "b"(a2), "c"(a3)
			     : "memory");
	return call;
}

/* lhype.c: */
extern struct lguest_data lguest_data;
extern u32 lhype_irq_pending;
extern const struct pv_backend lhype_backend;

/* entry.S: */
void lhype_iret(void);
void lhype_irq_enable_sysexit(void);
void lhype_irq_enable(void);
void lhype_irq_disable(void);
void lhype_restore_fl(unsigned long f);
unsigned long lhype_save_fl(void);
extern const u8 lhype_noirq_start[], lhype_noirq_end[];
extern const u8 start_lhype_irq_disable[], end_lhype_irq_disable[];
extern const u8 start_lhype_save_fl[], end_lhype_save_fl[];

/* mmu.c: the async ring, lazy modes, page tables */
void lhype_async_hcall(u32 call, u32 a1, u32 a2, u32 a3);
void lhype_flush_async(void);
void lhype_lazy_enter(void);
void lhype_lazy_leave(void);
extern const struct pv_mmu_ops lhype_mmu_ops;
extern unsigned long lhype_cr3;

/* irq.c: */
void lhype_init_IRQ(void);
void lhype_safe_halt(void);
void lhype_halt(void);

/* time.c: */
void lhype_time_init(void);
unsigned long lhype_get_wallclock(void);
int lhype_set_wallclock(unsigned long secs);
unsigned long long lhype_sched_clock(void);

/* console.c: */
extern const struct pv_platform_ops lhype_platform_ops;

/* patch.c: */
unsigned int lhype_patch(u8 type, u16 clobbers, void *buf,
			 unsigned long addr, unsigned int len);

#endif /* _BACKENDS_LHYPE_H */
