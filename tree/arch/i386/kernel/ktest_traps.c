/*
 * Self-tests: exceptions and the exception table (suite "traps")
 *
 * Makes the CPU fault on purpose from kernel mode through the probes of
 * linux/ktest_probe.h and checks what traps.c and mm/fault.c saw:
 * vector, error code, CR2, and that execution resumed at the fixup.
 * The fatal path (an oops) is tested by booting with crashtest=
 * (tests/boot/oops.t); user-mode kills by the user suite (t_priv).
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/ktest.h>
#include <linux/ktest_probe.h>
#include <linux/mm.h>
#include <asm/traps.h>
#include <asm/fixmap.h>
#include <asm/segment.h>
#include <asm/tlbflush.h>

#define PF_PROT		0x1
#define PF_WRITE	0x2
#define PF_USER		0x4

/* Does a read of an unmapped kernel address arrive with the right CR2? */
static void fault_cr2(struct ktest *t)
{
	unsigned long addr = fix_to_virt(FIX_HOLE) + 0x123;
	unsigned long before = last_fixup.count;

	KTEST_EXPECT_EQ(t, probe_read(addr), 1);
	KTEST_EXPECT_EQ(t, last_fixup.count, before + 1);
	KTEST_EXPECT_EQ(t, last_fixup.vector, 14);
	KTEST_EXPECT_EQ(t, last_fixup.cr2, addr);
	/* Not present, read, supervisor. */
	KTEST_EXPECT_EQ(t, last_fixup.error_code & 7, 0);
}

/* Does a write to a read-only kernel page report a protection fault? */
static void fault_write_protect(struct ktest *t)
{
	unsigned long page = (unsigned long)get_zeroed_page();
	unsigned long addr = fix_to_virt(FIX_TEST);
	pte_t *pte = pte_lookup(swapper_pg_dir, addr);

	set_pte(pte, __pte(__pa(page) | pgprot_val(PAGE_KERNEL_RO)));
	__flush_tlb_single(addr);
	KTEST_EXPECT_EQ(t, probe_read(addr), 0);
	KTEST_EXPECT_EQ(t, probe_write(addr + 8, 1), 1);
	KTEST_EXPECT_EQ(t, last_fixup.cr2, addr + 8);
	KTEST_EXPECT_EQ(t, last_fixup.error_code & 7, PF_PROT | PF_WRITE);
	KTEST_EXPECT_EQ(t, ((unsigned long *)page)[2], 0);
	clear_fixmap(FIX_TEST);
	free_page((void *)page);
}

/* Is a kernel ud2 reported as #UD at the right EIP? */
static void invalid_opcode(struct ktest *t)
{
	KTEST_EXPECT_EQ(t, probe_ud2(), 1);
	KTEST_EXPECT_EQ(t, last_fixup.vector, 6);
}

/* Does loading a selector beyond the GDT raise #GP with that selector? */
static void general_protection(struct ktest *t)
{
	unsigned int sel = (GDT_ENTRIES + 4) * 8;

	KTEST_EXPECT_EQ(t, probe_load_fs(sel), 1);
	KTEST_EXPECT_EQ(t, last_fixup.vector, 13);
	KTEST_EXPECT_EQ(t, last_fixup.error_code, sel);
	/* A valid data selector loads fine. */
	KTEST_EXPECT_EQ(t, probe_load_fs(__KERNEL_DS), 0);
}

/* Do user-copy routines refuse kernel and unmapped addresses? */
static void user_copy_faults(struct ktest *t)
{
	char buf[8];

	KTEST_EXPECT_EQ(t, copy_from_user(buf, (void *)PAGE_OFFSET, 4),
			-EFAULT);
	KTEST_EXPECT_EQ(t, copy_from_user(buf, (void *)(PAGE_OFFSET - 2), 4),
			-EFAULT);
	/* Below PAGE_OFFSET but unmapped in a kernel thread: the fixup. */
	KTEST_EXPECT_EQ(t, copy_from_user(buf, (void *)0x1000, 4), -EFAULT);
	KTEST_EXPECT_EQ(t, last_fixup.cr2, 0x1000);
}

static const struct ktest_case traps_cases[] = {
	KTEST_CASE(fault_cr2),
	KTEST_CASE(fault_write_protect),
	KTEST_CASE(invalid_opcode),
	KTEST_CASE(general_protection),
	KTEST_CASE(user_copy_faults),
};
KTEST_SUITE(traps, traps_cases);
