/*
 * Global Descriptor Table (GDT) and Task State Segment (TSS)
 *
 * trap_init() calls gdt_init() to replace head.S's boot GDT with the
 * full table, its selectors at the kernel's ring (get_kernel_rpl()): kernel and user flat segments at Linux's slots
 * (asm/segment.h), the TSS, and empty TLS slots that the context switch
 * fills per task (tls.c).  The one TSS supplies the kernel stack (esp0)
 * for traps from user mode, and its I/O bitmap offset points past the
 * limit, so user port access depends on IOPL alone.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <asm/desc.h>
#include <asm/processor.h>
#include <asm/page.h>
#include <asm/traps.h>

struct desc_struct gdt_table[GDT_ENTRIES] __aligned(32);
struct tss_struct init_tss;

BUILD_BUG_ON(sizeof(struct desc_struct) != 8);
BUILD_BUG_ON(sizeof(struct i386_hw_tss) != 104);
BUILD_BUG_ON(sizeof(struct Xgt_desc_struct) != 6);

static void set_gdt(int n, struct desc_struct d)
{
	write_gdt_entry(gdt_table, n, d.a, d.b);
}

void __init gdt_init(void)
{
	struct Xgt_desc_struct gdt = { GDT_SIZE - 1, (u32)gdt_table };
	u32 tss = (u32)&init_tss;

	set_gdt(GDT_ENTRY_KERNEL_CS,
		make_desc(0, 0xfffff, DESC_CODE, DESC_FLAGS_4K32));
	set_gdt(GDT_ENTRY_KERNEL_DS,
		make_desc(0, 0xfffff, DESC_DATA, DESC_FLAGS_4K32));
	set_gdt(GDT_ENTRY_DEFAULT_USER_CS,
		make_desc(0, 0xfffff, DESC_CODE | DESC_DPL(3),
			  DESC_FLAGS_4K32));
	set_gdt(GDT_ENTRY_DEFAULT_USER_DS,
		make_desc(0, 0xfffff, DESC_DATA | DESC_DPL(3),
			  DESC_FLAGS_4K32));

	init_tss.x86_tss.ss0 = __KERNEL_DS | get_kernel_rpl();
	init_tss.x86_tss.io_bitmap_base = IO_BITMAP_OFFSET_INVALID;
	set_gdt(GDT_ENTRY_TSS, make_desc(tss, sizeof(struct i386_hw_tss) - 1,
					 DESC_TSS, DESC_FLAGS_BYTE32));

	load_gdt(&gdt);
	/*
	 * Reload every segment register so none caches the boot GDT, CS
	 * and SS at the ring the kernel runs in (a far return, as that
	 * is not a constant).
	 */
	__asm__ __volatile__(
		"pushl %0\n"
		"	pushl $1f\n"
		"	lret\n"
		"1:	movl %1, %%ds\n"
		"	movl %1, %%es\n"
		"	movl %1, %%ss\n"
		: : "r"(__KERNEL_CS | get_kernel_rpl()),
		  "r"(__KERNEL_DS | get_kernel_rpl()) : "memory");
	load_tr_desc();
	load_ldt(0);
}
