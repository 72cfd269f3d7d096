/*
 * Paravirt boot entries: a backend that starts the kernel itself
 *
 * A hypervisor that loads the image itself (lguest's Launcher) does not
 * run head.S: it scans the image for its backend's magic string and
 * starts the kernel at the byte after it, with paging on, the kernel
 * mapped at PAGE_OFFSET, ESI = the physical address of the boot
 * parameters (the Linux zero page) and interrupts off, perhaps in
 * ring 1.  A backend that is started so puts one entry in its head.S:
 *
 *	#include <asm/paravirt_entry.h>
 *	PARAVIRT_BOOT_ENTRY("GenuineLguest", lguest_backend)
 *
 * which emits the string, then code that jumps to the core's stub
 * (arch/i386/paravirt/entry-stub.S): it clears BSS, takes the boot stack and
 * calls paravirt_boot_entry() (entry.c), which installs the backend and
 * runs start_kernel() with it in charge (paravirt_boot_backend).  The
 * string must appear nowhere else in the image: the loader takes the
 * first match.  Nothing before the stub's call may be privileged.
 * The string is labelled <backend>_boot_magic, which scripts/audit.pl
 * knows for data, not code.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _ASM_I386_PARAVIRT_ENTRY_H
#define _ASM_I386_PARAVIRT_ENTRY_H

#ifdef __ASSEMBLY__
#define PARAVIRT_BOOT_ENTRY(magic, backend)				\
	.section .init.text, "ax";					\
backend##_boot_magic:		/* data, which audit.pl skips */		\
	.ascii magic;							\
backend##_boot_entry:							\
	movl	$backend, %eax;						\
	jmp	paravirt_boot_stub;					\
	.previous
#endif

#endif /* _ASM_I386_PARAVIRT_ENTRY_H */
