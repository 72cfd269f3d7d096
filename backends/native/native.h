/*
 * Native (bare hardware) paravirt backend: the module map
 *
 * Prototypes shared by the files of backends/native, grouped by file.
 * Other backends may use the native_* ops as their fallback (R5); they
 * include this header for it.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _BACKENDS_NATIVE_H
#define _BACKENDS_NATIVE_H

#include <linux/types.h>

/* head.S: */
void native_iret(void);
void native_irq_enable_sysexit(void);

/* cpu.c: */
void native_load_tr_desc(void);

/* patch.c: */
unsigned int native_patch(u8 type, u16 clobbers, void *buf,
			  unsigned long addr, unsigned int len);

#endif /* _BACKENDS_NATIVE_H */
