/*
 * The x87 floating-point unit (FPU) and lazy state switching
 *
 * The kernel never uses the FPU itself (it is built with -msoft-float).
 * The context switch sets CR0.TS; the first FPU instruction of the next
 * task traps with #NM (device not available), and math_state_restore()
 * (arch/i387.c) saves the previous owner's registers and loads this
 * task's.  FSAVE format, which every i386-class CPU has.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _ASM_I386_I387_H
#define _ASM_I386_I387_H

#include <linux/types.h>

/* FNSAVE/FRSTOR image, 32-bit protected mode (Intel SDM vol. 1, 8.1.10). */
struct i387_fsave_struct {
	u32 cwd, swd, twd, fip, fcs, foo, fos;
	u32 st_space[20];		/* 8 registers, 10 bytes each */
};

union i387_state {
	struct i387_fsave_struct fsave;
};

struct task_struct;
struct pt_regs;
void fpu_init(void);
void math_state_restore(struct pt_regs *regs);
/* The task is going away or is being copied: settle its FPU state. */
void fpu_drop(struct task_struct *t);
void fpu_copy(struct task_struct *dst, struct task_struct *src);
extern struct task_struct *fpu_owner;

#endif /* _ASM_I386_I387_H */
