/*
 * sysenter system call path: wrappers and a register probe
 *
 * The fast path of asm-i386/unistd.h: EAX = number, EBX/ECX/EDX = arguments,
 * ESI = user return address, EBP = user stack pointer.  The kernel returns
 * with sysexit (EIP := EDX, ESP := ECX), so ECX and EDX are clobbered and
 * everything else must survive.  Stubs in usr/lib/sysenter.S; used by
 * t_sysenter only when pv_sysinfo.has_sysenter says the path exists.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _USR_SYSENTER_H
#define _USR_SYSENTER_H

/* What sysenter_probe() loads into the registers the kernel must keep. */
#define SYSENTER_PROBE_EBX	0x5eb05eb0
#define SYSENTER_PROBE_EDI	0xd1d1d1d1

/* struct sysenter_regs offsets, for sysenter.S. */
#define SR_EAX		0
#define SR_EBX		4
#define SR_ESI		8
#define SR_EDI		12
#define SR_EBP		16
#define SR_ESP		20
#define SR_ESI_IN	24
#define SR_ESP_IN	28
#define SR_EFLAGS	32
#define SR_SIZE		36

#ifndef __ASSEMBLY__
#include <types.h>

/* Registers after one getpid by sysenter, and what they were before. */
struct sysenter_regs {
	unsigned long eax;	/* the result */
	unsigned long ebx;	/* should be SYSENTER_PROBE_EBX */
	unsigned long esi;	/* should be esi_in */
	unsigned long edi;	/* should be SYSENTER_PROBE_EDI */
	unsigned long ebp;	/* should be esp_in */
	unsigned long esp;	/* should be esp_in */
	unsigned long esi_in;	/* the return address passed in ESI */
	unsigned long esp_in;	/* ESP at sysenter, passed in EBP */
	unsigned long eflags;	/* user EFLAGS right after sysexit */
};
_Static_assert(offsetof(struct sysenter_regs, esp_in) == SR_ESP_IN,
	       "sysenter.S depends on this layout");
_Static_assert(offsetof(struct sysenter_regs, eflags) == SR_EFLAGS,
	       "sysenter.S depends on this layout");
_Static_assert(sizeof(struct sysenter_regs) == SR_SIZE,
	       "sysenter.S depends on this layout");

/* Any call by number through sysenter; returns the kernel's EAX. */
long sysenter_call(long nr, long a1, long a2, long a3);
/* One getpid through sysenter, recording the registers around it. */
void sysenter_probe(struct sysenter_regs *r);
#endif

#endif /* _USR_SYSENTER_H */
