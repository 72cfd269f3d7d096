/*
 * The call sites of tests/unit/patch_sites.c, for patchsite_test.c
 *
 * Each function holds sites of one shape, as the kernel's headers build
 * them; the test finds a site's function by its address.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _UNIT_PATCH_SITES_H
#define _UNIT_PATCH_SITES_H

#include <linux/types.h>

struct mm_struct;

void pvt_regs0(void);
void pvt_regs1(void);
void pvt_regs2(void);
unsigned long pvt_regs3_result(void);
unsigned long pvt_result(void);
u64 pvt_result64(void);
void pvt_regs4(void);
void pvt_scratch(void);
void pvt_operand_reg(void);
void pvt_operand_mem(void);
void pvt_operand_imm(void);
void pvt_operand2(void);
void pvt_operand3(struct mm_struct *mm, unsigned long addr);
unsigned long pvt_save_eax(void);
unsigned long pvt_save_reg(void);
void pvt_save_mem(void);
void pvt_thunk2(void);
void pvt_thunk4(struct mm_struct *mm);
void pvt_load_tls(void);
void pvt_asm_any(void);
void pvt_asm_eax(void);
void pvt_asm_none(void);
void pvt_asm_iret(void);
void pvt_asm_sysexit(void);

/* Defined by the test: what the sites' functions call around them. */
void pvt_calls(void);
unsigned long pvt_keep(unsigned long v);

extern unsigned long pvt_flags_slot;
extern volatile unsigned long pvt_in;

#endif /* _UNIT_PATCH_SITES_H */
