/*
 * Self-tests: backend selection and the patched call sites
 * (suite "paravirt")
 *
 * After paravirt_setup() has patched the kernel, the interrupt-flag call
 * sites must hold the backend's inline instructions and no call; with
 * CONFIG_DEBUG_PARAVIRT they must also poison what they may clobber.
 * Booted with nopvpatch, they must still be the indirect calls, and an
 * op put in the table must see what a hypervisor backend would.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/ktest.h>
#include <linux/string.h>
#include <linux/console.h>
#include <asm/paravirt.h>
#include <asm/segment.h>
#include <asm/paravirt_patch.h>
#include <asm/paravirt_backend.h>
#include <asm/pgtable.h>
#include <asm/irqflags.h>

#define OP_CALL_IND0	0xff	/* ff 15 = call *abs32 */
#define OP_CALL_IND1	0x15
#define PREFIX_DS	0x3e

#define OP_CLI		0xfa
#define OP_STI		0xfb

/*
 * What each irq site must run once patched natively, written here and
 * not taken from the backend's templates: a test that compared a site
 * with the template it was patched from would pass whatever the
 * template said.
 */
static const u8 insn_cli[] = { OP_CLI }, insn_sti[] = { OP_STI };
static const struct {
	u8 type;
	const u8 *start, *end;
} irq_ops[] = {
	{ PARAVIRT_PATCH(pv_irq_ops.irq_disable), insn_cli,
	  insn_cli + sizeof(insn_cli) },
	{ PARAVIRT_PATCH(pv_irq_ops.irq_enable), insn_sti,
	  insn_sti + sizeof(insn_sti) },
};

/* Is there an indirect call anywhere in the site? */
static bool has_indirect_call(const u8 *p, unsigned int len)
{
	unsigned int i;

	for (i = 0; i + 1 < len; i++)
		if (p[i] == OP_CALL_IND0 && p[i + 1] == OP_CALL_IND1)
			return true;
	return false;
}

/* Does the site run exactly these instructions: prefixes, then them? */
static bool holds_insns(const struct paravirt_patch_site *s,
			const u8 *start, const u8 *end)
{
	unsigned int n = end - start, i;

	if (paravirt_debug_poison)	/* instructions, poison, NOPs */
		return !memcmp(s->instr, start, n);
	for (i = 0; i < s->len - n; i++)
		if (s->instr[i] != PREFIX_DS)
			return false;
	return !memcmp(s->instr + s->len - n, start, n);
}

/* Did we pick the native backend, and say so? */
static void native_selected(struct ktest *t)
{
	unsigned long sites = __parainstructions_end - __parainstructions;

	if (pv_backend != &native_backend && pv_backend)
		return ktest_skip(t, "another backend was asked for");
	KTEST_EXPECT(t, pv_backend == &native_backend);
	KTEST_EXPECT(t, !strcmp(pv_info.name, "bare hardware"));
	KTEST_EXPECT_EQ(t, paravirt_kernel_rpl(), 0);
	KTEST_EXPECT_EQ(t, paravirt_enabled(), 0);
	KTEST_EXPECT(t, sites > 0);
	KTEST_EXPECT_EQ(t, paravirt_sites, paravirt_patched ? sites : 0);
	/* Every site is shaped as its op's sites (sites.c). */
	KTEST_EXPECT_EQ(t, paravirt_sites_misshapen, 0);
}

static const u8 *skip_prefixes(const u8 *p, const u8 *end)
{
	while (p < end && *p == PREFIX_DS)
		p++;
	return p;
}

/*
 * Is the patched flags site pushfl; popl <place> or pushl <place>;
 * popfl, prefixes spread over the two, <place> a register other than
 * ESP or a memory operand (popl r/m is 8f /0, pushl r/m is ff /6)?
 */
static bool flags_code(const struct paravirt_patch_site *s, bool save)
{
	const u8 *end = s->instr + s->len;
	const u8 *p = skip_prefixes(s->instr, end);

	if (end - p < 2)
		return false;
	if (save) {
		if (*p++ != 0x9c)
			return false;
		p = skip_prefixes(p, end);
		return p < end && (((*p & 0xf8) == 0x58 && *p != 0x5c) ||
				   (*p == 0x8f && p + 1 < end &&
				    !(p[1] & 0x38)));
	}
	if ((*p & 0xf8) == 0x50 && *p != 0x54)
		p++;
	else if (*p == 0xff && (p[1] & 0x38) == 0x30)
		return true;	/* pushl mem: its length is the decoder's job */
	else
		return false;
	p = skip_prefixes(p, end);
	return p < end && *p == 0x9d;
}

/* Do the patched irq sites hold the inline instructions and no call? */
static void irq_sites_inline(struct ktest *t)
{
	u8 save = PARAVIRT_PATCH(pv_irq_ops.save_fl);
	u8 restore = PARAVIRT_PATCH(pv_irq_ops.restore_fl);
	struct paravirt_patch_site *s;
	unsigned int i, seen = 0;

	if (pv_backend != &native_backend)
		return ktest_skip(t, "not native: no inline native code");

	for (s = __parainstructions; s < __parainstructions_end; s++) {
		bool flags = s->instrtype == save || s->instrtype == restore;

		for (i = 0; i < ARRAY_SIZE(irq_ops); i++)
			if (s->instrtype == irq_ops[i].type)
				break;
		if (!flags && i == ARRAY_SIZE(irq_ops))
			continue;
		seen++;
		if (!paravirt_patched) {
			KTEST_EXPECT(t, has_indirect_call(s->instr, s->len));
			continue;
		}
		KTEST_EXPECT(t, !has_indirect_call(s->instr, s->len));
		if (flags)
			KTEST_EXPECT(t, flags_code(s, s->instrtype == save));
		else
			KTEST_EXPECT(t, holds_insns(s, irq_ops[i].start,
						    irq_ops[i].end));
	}
	KTEST_EXPECT(t, seen >= 4);
}

/*
 * With CONFIG_DEBUG_PARAVIRT, do sites that may clobber get poisoned?
 * entry.S's DISABLE_INTERRUPTS(CLBR_ANY): cli, then notl of each register.
 */
static void clobbers_poisoned(struct ktest *t)
{
	struct paravirt_patch_site *s;
	u8 type = PARAVIRT_PATCH(pv_irq_ops.irq_disable);

	if (!paravirt_debug_poison || !paravirt_patched ||
	    pv_backend != &native_backend)
		return ktest_skip(t, "no CONFIG_DEBUG_PARAVIRT, or nopvpatch");
	for (s = __parainstructions; s < __parainstructions_end; s++)
		if (s->instrtype == type && s->clobbers == CLBR_ANY) {
			static const u8 want[] = {
				0xfa, 0xf7, 0xd0, 0xf7, 0xd1, 0xf7, 0xd2,
			};

			KTEST_EXPECT(t, !memcmp(s->instr, want, sizeof(want)));
			return;
		}
	ktest_fail(t, __FILE__, __LINE__, "no CLBR_ANY irq_disable site");
}

/*
 * Do lazy modes nest correctly and flush without leaving?  Entered and
 * left through the backend's ops, which keep the core's mode if the
 * backend batches (and may keep one of their own: VMI's ROM does);
 * through the core's helpers as well if they do not.
 */
static void lazy_modes(struct ktest *t)
{
	unsigned long flags;
	bool tracked;

	local_irq_save(flags);
	KTEST_EXPECT_EQ(t, paravirt_get_lazy_mode(), PARAVIRT_LAZY_NONE);
	paravirt_enter_lazy_mmu_mode();
	tracked = paravirt_get_lazy_mode() == PARAVIRT_LAZY_MMU;
	if (!tracked)
		paravirt_enter_lazy(PARAVIRT_LAZY_MMU);
	KTEST_EXPECT_EQ(t, paravirt_get_lazy_mode(), PARAVIRT_LAZY_MMU);
	paravirt_flush_lazy_mmu_mode();
	KTEST_EXPECT_EQ(t, paravirt_get_lazy_mode(), PARAVIRT_LAZY_MMU);
	paravirt_leave_lazy_mmu_mode();
	if (!tracked)
		paravirt_leave_lazy(PARAVIRT_LAZY_MMU);
	KTEST_EXPECT_EQ(t, paravirt_get_lazy_mode(), PARAVIRT_LAZY_NONE);
	local_irq_restore(flags);
}

static struct {
	struct mm_struct *mm;
	unsigned long addr;
	pte_t *ptep;
	unsigned long val;
	unsigned int calls;
} pte_seen;

static void record_pte_update(struct mm_struct *mm, unsigned long addr,
			      pte_t *ptep)
{
	pte_seen.mm = mm;
	pte_seen.addr = addr;
	pte_seen.ptep = ptep;
	pte_seen.val = pte_val(*ptep);
	pte_seen.calls++;
}

/*
 * A change the way ptep_make_cow() makes it, and a second store after
 * the hook.  The entry is a local: without the site's memory input, gcc
 * could drop the first store as dead and the hook would read garbage.
 */
static __attribute__((noinline)) unsigned long
change_pte(struct mm_struct *mm, unsigned long addr, unsigned long v)
{
	pte_t pte;

	pte.pte_low = v;
	paravirt_pte_update(mm, addr, &pte);
	pte.pte_low = v | _PAGE_ACCESSED;
	return pte_val(pte);
}

/*
 * Does pte_update get its arguments, and run after the store to the
 * entry?  Its sites are no compiler barrier, only ordered after that
 * store.  Unpatched (nopvpatch) they call through the table, so an op
 * put there sees what a hypervisor backend would; patched on native
 * they are NOPs.
 */
static void pte_update_sees_entry(struct ktest *t)
{
	struct mm_struct *mm = (struct mm_struct *)&pte_seen;
	void (*saved)(struct mm_struct *, unsigned long, pte_t *);
	unsigned long flags, v;

	if (paravirt_patched)
		return ktest_skip(t, "patched: pte_update is a NOP on native");
	local_irq_save(flags);
	saved = pv_mmu_ops.pte_update;
	pv_mmu_ops.pte_update = record_pte_update;
	v = change_pte(mm, 0x08048000, 0x1234f007);
	pv_mmu_ops.pte_update = saved;
	local_irq_restore(flags);
	KTEST_EXPECT_EQ(t, pte_seen.calls, 1);
	KTEST_EXPECT(t, pte_seen.mm == mm);
	KTEST_EXPECT_EQ(t, pte_seen.addr, 0x08048000);
	KTEST_EXPECT(t, pte_seen.ptep != NULL);
	KTEST_EXPECT_EQ(t, pte_seen.val, 0x1234f007);
	KTEST_EXPECT_EQ(t, v, 0x1234f007 | _PAGE_ACCESSED);
}

static char console_seen[64];
static unsigned int console_len, console_reads;

static void record_console_write(const char *s, size_t n)
{
	while (n-- && console_len < sizeof(console_seen) - 1)
		console_seen[console_len++] = *s++;
}

static bool contains(const char *hay, const char *needle)
{
	size_t n = strlen(needle);

	for (; *hay; hay++)
		if (!strncmp(hay, needle, n))
			return true;
	return false;
}

static int record_console_read(void)
{
	console_reads++;
	return 'x';
}

/*
 * Do printk and console reads reach the backend's console ops, the live
 * table at the time, whatever the backend?  (Under lguest's ABI port
 * I/O goes nowhere: a console that bypassed the ops would be silent.)
 */
static void console_through_backend(struct ktest *t)
{
	struct pv_platform_ops saved = pv_platform_ops;
	unsigned long flags;
	int c;

	local_irq_save(flags);
	console_len = console_reads = 0;
	pv_platform_ops.console_write = record_console_write;
	pv_platform_ops.console_read = record_console_read;
	printk(KERN_INFO "paravirt: console probe 4217\n");
	c = console_getc();
	pv_platform_ops = saved;
	local_irq_restore(flags);
	console_seen[console_len] = '\0';
	KTEST_EXPECT(t, contains(console_seen, "console probe 4217"));
	KTEST_EXPECT_EQ(t, console_reads, 1);
	KTEST_EXPECT_EQ(t, c, 'x');
}

static const struct ktest_case paravirt_cases[] = {
	KTEST_CASE(native_selected),
	KTEST_CASE(irq_sites_inline),
	KTEST_CASE(clobbers_poisoned),
	KTEST_CASE(lazy_modes),
	KTEST_CASE(pte_update_sees_entry),
	KTEST_CASE(console_through_backend),
};
KTEST_SUITE(paravirt, paravirt_cases);
