/*
 * The counting paravirt backend: native, with every op call counted
 *
 * paravirt=count selects it (it is never probed).  Its init copies the
 * native tables to count_native and points every op of the live tables
 * at its trampoline (trampolines.S), which counts the call and runs the
 * native op; its patch() turns every call site into a direct call or
 * jump to that trampoline, so patched or not (nopvpatch) each op call
 * is counted.  At power-off or restart it prints the ops by number of
 * calls: what a workload asks of a backend, and so what a hypervisor
 * backend must make cheap.  It is also the worked example of
 * Documentation/paravirt/adding-a-backend.txt, and its options provoke
 * the core's failure paths on bare hardware:
 *   count=fail    init fails, after changing every table: the kernel
 *                 must boot native, saying why
 *   count=nosep   its cpuid hides SEP: sysenter must stay off
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/reboot.h>
#include <asm/paravirt.h>
#include <asm/paravirt_patch.h>
#include <asm/paravirt_backend.h>
#include <asm/processor.h>
#include "count.h"

BUILD_BUG_ON(PARAVIRT_NR_OPS > COUNT_MAX_OPS);

u32 count_calls[COUNT_MAX_OPS];
struct paravirt_patch_template count_native;

static bool fail_init, hide_sep;

/* count=fail,nosep */
static int count_param(const char *val)
{
	char opt[16];
	const char *p = val;

	while (*p) {
		const char *end = strchr(p, ',');
		size_t len = end ? (size_t)(end - p) : strlen(p);

		if (len >= sizeof(opt))
			return -EINVAL;
		strlcpy(opt, p, len + 1);
		if (!strcmp(opt, "fail"))
			fail_init = true;
		else if (!strcmp(opt, "nosep"))
			hide_sep = true;
		else
			return -EINVAL;
		p += len + (end ? 1 : 0);
	}
	return 0;
}
__setup("count=", count_param);

static void (*native_cpuid_op)(u32 *, u32 *, u32 *, u32 *);

/* count=nosep: what a hypervisor that cannot run sysenter reports. */
static void count_cpuid(u32 *eax, u32 *ebx, u32 *ecx, u32 *edx)
{
	u32 leaf = *eax;

	native_cpuid_op(eax, ebx, ecx, edx);
	if (leaf == 1)
		*edx &= ~X86_FEATURE_SEP;
}

/* The ops, most called first, then the total. */
static void print_counts(const char *why)
{
	static u32 seen[PARAVIRT_NR_OPS];
	unsigned long long total = 0;
	unsigned int i, ops = 0;

	memcpy(seen, count_calls, sizeof(seen));	/* printing counts too */
	printk(KERN_EMERG "count: op calls up to %s (paravirt=count)\n", why);
	for (;;) {
		unsigned int best = 0;

		for (i = 1; i < PARAVIRT_NR_OPS; i++)
			if (seen[i] > seen[best])
				best = i;
		if (!seen[best])
			break;
		printk(KERN_EMERG "count: %-34s %10u\n", count_op_names[best],
		       seen[best]);
		total += seen[best];
		ops++;
		seen[best] = 0;
	}
	printk(KERN_EMERG "count: %u ops called, %llu calls in all\n", ops,
	       total);
}

static void __noreturn count_power_off(int status)
{
	print_counts("power-off");
	native_machine_power_off(status);
}

static void __noreturn count_restart(void)
{
	print_counts("restart");
	native_machine_restart();
}

/* Every site calls (or jumps to) its trampoline: the default policy. */
static unsigned int count_patch(u8 type, u16 clobbers, void *buf,
				unsigned long addr, unsigned int len)
{
	return paravirt_patch_default(type, clobbers, buf, addr, len);
}

static int count_probe(void)
{
	return 1;
}

/* Points every op of one live table at its trampoline. */
static void use_trampolines(void *table, size_t size, unsigned int first)
{
	const void **op = table;
	unsigned int i;

	for (i = 0; i < size / sizeof(void *); i++)
		op[i] = count_trampolines + (first + i) * COUNT_TRAMPOLINE_SIZE;
}
#define USE_TRAMPOLINES(t)						\
	use_trampolines(&t, sizeof(t), PARAVIRT_PATCH(t))

static const char *count_init(void)
{
	unsigned int i;

	for (i = 0; i < PARAVIRT_NR_OPS; i++)
		if (!count_op_names[i])
			return "an op has no name in backends/count/names.c";
	paravirt_save_ops(&count_native);
	native_cpuid_op = count_native.pv_cpu_ops.cpuid;
	if (hide_sep)
		count_native.pv_cpu_ops.cpuid = count_cpuid;
	count_native.pv_platform_ops.power_off = count_power_off;
	count_native.pv_platform_ops.restart = count_restart;

	USE_TRAMPOLINES(pv_init_ops);
	USE_TRAMPOLINES(pv_time_ops);
	USE_TRAMPOLINES(pv_cpu_ops);
	USE_TRAMPOLINES(pv_irq_ops);
	USE_TRAMPOLINES(pv_mmu_ops);
	USE_TRAMPOLINES(pv_platform_ops);
	pv_init_ops.patch = count_patch;	/* the patcher is not an op */
	pv_info.name = "count (native, every op counted)";
	/* Fail with every table changed: the core must put them all back. */
	if (fail_init)
		return "count=fail given";
	return NULL;
}

const struct pv_backend count_backend = {
	.name = "count",
	.probe = count_probe,
	.init = count_init,
	.by_name_only = true,
};
