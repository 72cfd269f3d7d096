/*
 * x86 instructions as C functions, for the tests that probe privilege
 *
 * Port I/O, the interrupt flag and the %gs segment register, used by
 * t_iopl, t_priv and t_tls.  At CPL 3 the I/O and interrupt-flag
 * instructions need IOPL 3 (iopl()), else they raise #GP and the kernel
 * kills the process with SIGSEGV; t_priv has the instructions that
 * always fault.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _USR_X86_H
#define _USR_X86_H

#include <types.h>

static inline uint8_t inb(uint16_t port)
{
	uint8_t v;

	/* AL <- port (DX or an 8-bit constant) */
	asm volatile("inb %1, %0" : "=a" (v) : "Nd" (port));
	return v;
}

static inline void outb(uint8_t v, uint16_t port)
{
	/* AL -> port (DX or an 8-bit constant) */
	asm volatile("outb %0, %1" : : "a" (v), "Nd" (port));
}

static inline void cli(void)
{
	asm volatile("cli" : : : "memory");
}

static inline void sti(void)
{
	asm volatile("sti" : : : "memory");
}

static inline unsigned long read_eflags(void)
{
	unsigned long f;

	asm volatile("pushfl; popl %0" : "=r" (f));
	return f;
}

#define X86_EFLAGS_IF		0x200
#define X86_EFLAGS_IOPL		0x3000
#define X86_EFLAGS_IOPL_SHIFT	12

/* GDT selector at RPL 3 for descriptor number entry. */
#define USER_SELECTOR(entry)	(((entry) << 3) | 3)

static inline void load_gs(uint16_t sel)
{
	asm volatile("movw %0, %%gs" : : "rm" (sel) : "memory");
}

static inline uint16_t read_gs(void)
{
	uint16_t sel;

	asm volatile("movw %%gs, %0" : "=rm" (sel));
	return sel;
}

/* The 32-bit word at offset off in the %gs segment. */
static inline uint32_t gs_read32(uint32_t off)
{
	uint32_t v;

	asm volatile("movl %%gs:(%1), %0" : "=r" (v) : "r" (off) : "memory");
	return v;
}

#endif /* _USR_X86_H */
