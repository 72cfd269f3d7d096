/*
 * The counting paravirt backend: the module map
 *
 * paravirt=count runs the native ops, each reached through a trampoline
 * that counts its calls (trampolines.S); count.c installs them and
 * prints the counts when the machine powers off or restarts; names.c
 * names every op for that table.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _BACKENDS_COUNT_H
#define _BACKENDS_COUNT_H

/* One trampoline per op type, COUNT_TRAMPOLINE_SIZE bytes apart. */
#define COUNT_MAX_OPS		256
#define COUNT_TRAMPOLINE_SIZE	16

#ifndef __ASSEMBLY__
#include <linux/types.h>
#include <asm/paravirt_types.h>

/* trampolines.S: trampoline i counts into count_calls[i] and jumps on
 * to op i of count_native, a copy of the native tables. */
extern const u8 count_trampolines[];
extern u32 count_calls[COUNT_MAX_OPS];
extern struct paravirt_patch_template count_native;

/* names.c: "pv_cpu_ops.cpuid" for PARAVIRT_PATCH(pv_cpu_ops.cpuid). */
extern const char *const count_op_names[PARAVIRT_NR_OPS];
#endif

#endif /* _BACKENDS_COUNT_H */
