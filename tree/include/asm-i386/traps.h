/*
 * Trap handling interfaces shared by traps.c, oops.c and mm/fault.c
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _ASM_I386_TRAPS_H
#define _ASM_I386_TRAPS_H

#include <linux/types.h>

struct pt_regs;

/* What the exception table last recovered from (read by self-tests). */
struct fixup_record {
	unsigned long vector, error_code, eip, cr2, count;
};
extern struct fixup_record last_fixup;

const char *trap_name(unsigned int vector);
bool fixup_exception(struct pt_regs *regs);
void user_fault(struct pt_regs *regs, int signal, const char *what,
		unsigned long addr) __noreturn;
void die(const char *msg, struct pt_regs *regs) __noreturn;
void do_page_fault(struct pt_regs *regs);
void gdt_init(void);
void idt_init(void);

#endif /* _ASM_I386_TRAPS_H */
