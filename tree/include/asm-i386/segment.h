/*
 * Segment selectors and the Global Descriptor Table (GDT) layout
 *
 * The GDT's entries are laid out as Linux 2.6.20's, because the
 * hypervisors that come later rely on it: lhype takes entries 10 and 11
 * for itself and expects the kernel's code and data at 12 and 13.
 * arch/i386/kernel/gdt.c fills the table; head.S uses the boot selectors.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _ASM_I386_SEGMENT_H
#define _ASM_I386_SEGMENT_H

#define GDT_ENTRY_TLS_MIN		6	/* 6..8: per-thread TLS */
#define GDT_ENTRY_TLS_ENTRIES		3
#define GDT_ENTRY_TLS_MAX	(GDT_ENTRY_TLS_MIN + GDT_ENTRY_TLS_ENTRIES - 1)
#define GDT_ENTRY_KERNEL_CS		12
#define GDT_ENTRY_KERNEL_DS		13
#define GDT_ENTRY_DEFAULT_USER_CS	14
#define GDT_ENTRY_DEFAULT_USER_DS	15
#define GDT_ENTRY_TSS			16
#define GDT_ENTRY_LDT			17
#define GDT_ENTRY_DOUBLEFAULT_TSS	31
#define GDT_ENTRIES			32
#define GDT_SIZE			(GDT_ENTRIES * 8)

#define SEGMENT_RPL_MASK	0x3
#define USER_RPL		0x3

#define __KERNEL_CS	(GDT_ENTRY_KERNEL_CS * 8)		/* 0x60 */
#define __KERNEL_DS	(GDT_ENTRY_KERNEL_DS * 8)		/* 0x68 */
#define __USER_CS	(GDT_ENTRY_DEFAULT_USER_CS * 8 + 3)	/* 0x73 */
#define __USER_DS	(GDT_ENTRY_DEFAULT_USER_DS * 8 + 3)	/* 0x7b */
#define __TSS_SEL	(GDT_ENTRY_TSS * 8)			/* 0x80 */

/* The RPL the kernel runs at: 0 on bare metal, and no hypervisor. */
#define get_kernel_rpl()	0
#define paravirt_enabled()	0

#endif /* _ASM_I386_SEGMENT_H */
