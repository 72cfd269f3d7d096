/*
 * Hypervisor core: structure offsets for the assembly (switcher.S)
 *
 * Compiled to assembly only; the build turns each "->NAME value" line
 * into #define NAME value in offsets.h.
 * SPDX-License-Identifier: GPL-2.0
 */
#include "guest.h"

#define DEFINE(sym, val) \
	asm volatile("\n->" #sym " %0" : : "i"(val))
#define OFFSET(sym, type, field) DEFINE(sym, __builtin_offsetof(type, field))

void offsets(void);
void offsets(void)
{
	OFFSET(ST_GDT, struct hv_state, gdt);
	OFFSET(ST_GDT_PTR, struct hv_state, gdt_ptr);
	OFFSET(ST_IDT_PTR, struct hv_state, idt_ptr);
	OFFSET(ST_HOST_CR3, struct hv_state, host_cr3);
	DEFINE(REGS_SIZE, sizeof(struct guest_regs));
	DEFINE(GUEST_TSS_SEL_, GUEST_TSS_SEL);
	DEFINE(DT_PTR_LIMIT, __builtin_offsetof(struct dt_ptr, limit));
}
