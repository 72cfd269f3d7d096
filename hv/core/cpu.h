/*
 * Hypervisor core: x86 instructions and hardware layouts the host uses
 *
 * Ring-0 helpers (port I/O, control registers, descriptor tables) and
 * the layouts the CPU defines: segment descriptors, gates, the TSS and
 * page-table bits.  Only the host itself uses the instructions; the
 * layouts are also used by the pure code that checks what a guest asks.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef HV_CPU_H
#define HV_CPU_H

#include "types.h"

/* Page-table entry bits. */
#define PTE_P		0x001
#define PTE_RW		0x002
#define PTE_US		0x004
#define PTE_PWT		0x008
#define PTE_PCD		0x010
#define PTE_A		0x020
#define PTE_D		0x040
#define PTE_PSE		0x080
#define PTE_G		0x100
#define PTE_FRAME	0xfffff000u

/* Page-fault error code bits. */
#define PF_P		0x1
#define PF_W		0x2
#define PF_U		0x4

#define X86_CR0_TS	0x00000008
#define X86_CR0_WP	0x00010000
#define X86_CR0_PG	0x80000000
#define X86_CR4_PSE	0x00000010
#define X86_CR4_PGE	0x00000080

#define X86_EFLAGS_TF	0x00000100
#define X86_EFLAGS_IF	0x00000200
#define X86_EFLAGS_IOPL	0x00003000
#define X86_EFLAGS_NT	0x00004000
#define X86_EFLAGS_RF	0x00010000
#define X86_EFLAGS_VM	0x00020000
#define X86_EFLAGS_AC	0x00040000
#define X86_EFLAGS_VIF	0x00080000
#define X86_EFLAGS_VIP	0x00100000
#define X86_EFLAGS_ID	0x00200000

/* A segment descriptor or gate as two words, as the CPU reads it. */
struct desc {
	u32 lo, hi;
};
_Static_assert(sizeof(struct desc) == 8, "descriptor");

#define DESC_TYPE(d)	(((d).hi >> 8) & 0xf)
#define DESC_S(d)	(((d).hi >> 12) & 1)	/* 1: code or data */
#define DESC_DPL(d)	(((d).hi >> 13) & 3)
#define DESC_P(d)	(((d).hi >> 15) & 1)
#define DESC_DPL_SHIFT	13
#define DESC_BASE(d)	(((d).lo >> 16) | (((d).hi & 0xff) << 16) | \
			 ((d).hi & 0xff000000))

#define GATE_INTR	0xe			/* 32-bit interrupt gate */
#define GATE_TRAP	0xf			/* 32-bit trap gate */
#define GATE_OFFSET(g)	(((g).lo & 0xffff) | ((g).hi & 0xffff0000))

static inline struct desc make_gate(u32 offset, u16 sel, u32 type, u32 dpl)
{
	struct desc g;

	g.lo = (offset & 0xffff) | ((u32)sel << 16);
	g.hi = (offset & 0xffff0000) | 0x8000 | (dpl << 13) | (type << 8);
	return g;
}

/* The 32-bit TSS, without an I/O bitmap (io_bitmap past the limit). */
struct tss {
	u32 link;
	u32 esp0, ss0, esp1, ss1, esp2, ss2;
	u32 cr3, eip, eflags, eax, ecx, edx, ebx, esp, ebp, esi, edi;
	u32 es, cs, ss, ds, fs, gs, ldt;
	u16 trap, io_bitmap;
};
_Static_assert(sizeof(struct tss) == 104, "TSS");

/* The operand of lgdt and lidt, aligned so that limit sits at +2. */
struct dt_ptr {
	u16 pad;
	u16 limit;
	u32 base;
} __attribute__((aligned(4)));

#ifndef HV_HOSTED_TEST
static inline void outb(u16 port, u8 v)
{
	asm volatile("outb %0, %1" : : "a"(v), "Nd"(port));
}

static inline u8 inb(u16 port)
{
	u8 v;

	asm volatile("inb %1, %0" : "=a"(v) : "Nd"(port));
	return v;
}

static inline void outw(u16 port, u16 v)
{
	asm volatile("outw %0, %1" : : "a"(v), "Nd"(port));
}

static inline u32 read_cr0(void)
{
	u32 v;

	asm volatile("movl %%cr0, %0" : "=r"(v));
	return v;
}

static inline void write_cr0(u32 v)
{
	asm volatile("movl %0, %%cr0" : : "r"(v) : "memory");
}

static inline u32 read_cr2(void)
{
	u32 v;

	asm volatile("movl %%cr2, %0" : "=r"(v));
	return v;
}

static inline u64 rdtsc(void)
{
	u64 v;

	asm volatile("rdtsc" : "=A"(v));
	return v;
}

static inline void cpu_relax(void)
{
	asm volatile("pause" : : : "memory");
}

/* Zero n bytes (a multiple of 4) a word at a time: guest memory, pages. */
static inline void clear_words(void *p, u32 n)
{
	u32 words = n / 4;

	asm volatile("rep stosl" : "+D"(p), "+c"(words) : "a"(0) : "memory");
}
#else
#define clear_words(p, n)	memset((p), 0, (n))
#endif /* HV_HOSTED_TEST */

#endif /* HV_CPU_H */
