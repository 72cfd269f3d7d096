/*
 * Descriptor tables: the GDT, IDT, LDT and the task register
 *
 * Descriptor encoding (Intel SDM vol. 3, 3.4.5 and 6.11) and the
 * instructions that load and store the tables.  gdt.c, idt.c and tls.c
 * use these; so does the context switch when it installs a task's TLS
 * entries.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _ASM_I386_DESC_H
#define _ASM_I386_DESC_H

#include <linux/types.h>
#include <asm/segment.h>
#include <asm/processor.h>

/* A segment or gate descriptor: two 32-bit words. */
struct desc_struct {
	u32 a, b;
};

struct Xgt_desc_struct {
	u16 size;
	u32 address;
} __packed;

/* Access byte values. */
#define DESC_CODE	0x9a	/* present, DPL 0, code, readable */
#define DESC_DATA	0x92	/* present, DPL 0, data, writable */
#define DESC_TSS	0x89	/* present, DPL 0, 32-bit available TSS */
#define DESC_LDT	0x82
#define DESC_DPL(n)	((n) << 5)
#define GATE_INTERRUPT	0x8e	/* present, DPL 0, 32-bit interrupt gate */
#define GATE_TRAP	0x8f	/* present, DPL 0, 32-bit trap gate */

/* Flags nibble: G (4 KiB granularity) and D/B (32-bit). */
#define DESC_FLAGS_4K32	0xc
#define DESC_FLAGS_BYTE32 0x4

static inline struct desc_struct make_desc(u32 base, u32 limit, u8 access,
					   u8 flags)
{
	struct desc_struct d;

	d.a = ((base & 0xffff) << 16) | (limit & 0xffff);
	d.b = (base & 0xff000000) | ((flags & 0xf) << 20) |
	      (limit & 0x000f0000) | ((u32)access << 8) |
	      ((base >> 16) & 0xff);
	return d;
}

static inline struct desc_struct make_gate(u32 offset, u16 sel, u8 type)
{
	struct desc_struct d;

	d.a = ((u32)sel << 16) | (offset & 0xffff);
	d.b = (offset & 0xffff0000) | ((u32)type << 8);
	return d;
}

static inline u32 desc_base(const struct desc_struct *d)
{
	return (d->a >> 16) | ((d->b & 0xff) << 16) | (d->b & 0xff000000);
}

static inline void native_load_gdt(const struct Xgt_desc_struct *p)
{
	__asm__ __volatile__("lgdt %0" : : "m"(*p));
}

static inline void native_load_idt(const struct Xgt_desc_struct *p)
{
	__asm__ __volatile__("lidt %0" : : "m"(*p));
}

static inline void native_store_gdt(struct Xgt_desc_struct *p)
{
	__asm__ __volatile__("sgdt %0" : "=m"(*p));
}

static inline void native_store_idt(struct Xgt_desc_struct *p)
{
	__asm__ __volatile__("sidt %0" : "=m"(*p));
}

static inline void native_load_tr(unsigned int sel)
{
	__asm__ __volatile__("ltr %w0" : : "q"(sel));
}

static inline unsigned long native_store_tr(void)
{
	unsigned long tr;

	__asm__ __volatile__("str %0" : "=r"(tr));
	return tr & 0xffff;
}

static inline void native_load_ldt(unsigned int sel)
{
	__asm__ __volatile__("lldt %w0" : : "q"(sel));
}

static inline unsigned long native_store_ldt(void)
{
	unsigned long ldt;

	__asm__ __volatile__("sldt %0" : "=r"(ldt));
	return ldt & 0xffff;
}

static inline void native_write_dt_entry(struct desc_struct *dt, int n,
					 u32 a, u32 b)
{
	dt[n].a = a;
	dt[n].b = b;
}

extern struct desc_struct gdt_table[GDT_ENTRIES];
extern struct desc_struct idt_table[256];

/* Installs t's TLS descriptors in the GDT (of CPU cpu: there is one). */
static inline void native_load_tls(const struct thread_struct *t,
				   unsigned int cpu)
{
	int i;

	(void)cpu;
	for (i = 0; i < GDT_ENTRY_TLS_ENTRIES; i++)
		gdt_table[GDT_ENTRY_TLS_MIN + i] =
			*(const struct desc_struct *)&t->tls_array[i];
}

#define load_gdt(p)		native_load_gdt(p)
#define load_idt(p)		native_load_idt(p)
#define store_gdt(p)		native_store_gdt(p)
#define store_idt(p)		native_store_idt(p)
#define load_tr_desc()		native_load_tr(__TSS_SEL)
#define store_tr()		native_store_tr()
#define load_ldt(s)		native_load_ldt(s)
#define store_ldt()		native_store_ldt()
#define load_TLS(t, cpu)	native_load_tls(t, cpu)
#define write_gdt_entry(dt, n, a, b)	native_write_dt_entry(dt, n, a, b)
#define write_ldt_entry(dt, n, a, b)	native_write_dt_entry(dt, n, a, b)
#define write_idt_entry(dt, n, a, b)	native_write_dt_entry(dt, n, a, b)

#endif /* _ASM_I386_DESC_H */
