/*
 * Paravirt backend selection: one explicit table, then patching
 *
 * setup_arch() calls paravirt_setup() once the command line is parsed
 * and before anything else privileged: the CPU's features, the memory
 * map, the page tables and (in start_kernel, after setup_arch) the
 * descriptor tables are all set up for the backend chosen here.
 * Backends are tried in the order of the table below, never in link
 * order: each is asked whether its hypervisor is present, and the first
 * that is gets to install its ops.  paravirt=<name> allows only that
 * backend (paravirt=native refuses every hypervisor).  A backend whose
 * init fails leaves every table as it was, and the kernel boots native
 * with one line saying why.  A backend whose own entry started the
 * kernel (paravirt_boot_entry(), entry.c) is in charge already and is
 * kept.  Then every call site is patched for the backend, unless
 * nopvpatch was given, and one banner line says where we run.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/console.h>
#include <asm/paravirt.h>
#include <asm/paravirt_backend.h>
#include <asm/irqflags.h>

/* A patch site's type is a u8 (struct paravirt_patch_site). */
BUILD_BUG_ON(PARAVIRT_NR_OPS > 255);

/*
 * Probe order: hypervisors first, then native, which is present
 * everywhere.  Backends after native are reached only by name
 * (paravirt=count): they wrap native for tests and measurements.  A new
 * backend adds its declaration and its entry here, and nothing else in
 * the core (Documentation/paravirt/adding-a-backend.txt).
 */
extern const struct pv_backend lhype_backend;
extern const struct pv_backend vmi_backend;
extern const struct pv_backend count_backend;
static const struct pv_backend *const backends[] = {
	&lhype_backend,		/* only by its boot entry: never probed */
	&vmi_backend,		/* its ROM in 0xC0000-0xDFFFF (backends/vmi) */
	&native_backend,
	&count_backend,
};

const struct pv_backend *pv_backend;
const struct pv_backend *paravirt_boot_backend;
bool paravirt_patched;
bool paravirt_backend_final;
static const char *wanted;	/* paravirt=, NULL for any */
static bool nopvpatch;

static int paravirt_param(const char *val)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(backends); i++)
		if (!strcmp(val, backends[i]->name)) {
			wanted = backends[i]->name;
			return 0;
		}
	return -EINVAL;
}
__setup("paravirt=", paravirt_param);

static int nopvpatch_param(const char *val)
{
	nopvpatch = true;
	return 0;
}
__setup("nopvpatch", nopvpatch_param);

static const struct pv_backend *choose(void)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(backends); i++) {
		const struct pv_backend *b = backends[i];

		if (wanted ? strcmp(wanted, b->name) != 0 : b->by_name_only)
			continue;
		if (b->probe())
			return b;
		if (wanted)
			printk(KERN_WARNING "paravirt: %s requested but not present; using native\n",
			       wanted);
	}
	return &native_backend;
}

unsigned long paravirt_hv_exits(void)
{
	return pv_backend && pv_backend->hv_exits ? pv_backend->hv_exits() : 0;
}

void paravirt_save_ops(struct paravirt_patch_template *t)
{
	t->pv_init_ops = pv_init_ops;
	t->pv_time_ops = pv_time_ops;
	t->pv_cpu_ops = pv_cpu_ops;
	t->pv_irq_ops = pv_irq_ops;
	t->pv_mmu_ops = pv_mmu_ops;
	t->pv_platform_ops = pv_platform_ops;
}

/* Every table a backend's init may change, to put back if it fails. */
static struct {
	struct pv_info info;
	struct paravirt_patch_template ops;
} saved;

static void save_tables(void)
{
	saved.info = pv_info;
	paravirt_save_ops(&saved.ops);
}

static void restore_tables(void)
{
	pv_info = saved.info;
	pv_init_ops = saved.ops.pv_init_ops;
	pv_time_ops = saved.ops.pv_time_ops;
	pv_cpu_ops = saved.ops.pv_cpu_ops;
	pv_irq_ops = saved.ops.pv_irq_ops;
	pv_mmu_ops = saved.ops.pv_mmu_ops;
	pv_platform_ops = saved.ops.pv_platform_ops;
}

/* Installs b, or native if b's init fails; one line says which. */
static const struct pv_backend *install(const struct pv_backend *b)
{
	const char *why;

	if (b == &native_backend)
		return b;
	save_tables();
	why = b->init();
	if (!why)
		return b;
	restore_tables();
	printk(KERN_WARNING "paravirt: %s failed to start (%s); booting native\n",
	       b->name, why);
	return &native_backend;
}

void __init paravirt_setup(void)
{
	unsigned long flags;

	if (paravirt_boot_backend) {
		pv_backend = paravirt_boot_backend;
		printk(KERN_INFO "paravirt: started at %s's boot entry\n",
		       pv_backend->name);
		if (wanted && strcmp(wanted, pv_backend->name))
			printk(KERN_WARNING "paravirt: paravirt=%s ignored: %s's entry started the kernel\n",
			       wanted, pv_backend->name);
	} else {
		pv_backend = install(choose());
		/* The console follows the backend (platform.c). */
		if (pv_backend != &native_backend)
			pv_platform_ops.console_setup();
	}
	paravirt_backend_final = true;
	printk(KERN_INFO "paravirt: booting on %s\n", pv_info.name);
	if (nopvpatch) {
		printk(KERN_INFO "paravirt: nopvpatch: call sites left indirect\n");
		return;
	}
	local_irq_save(flags);
	apply_paravirt(__parainstructions, __parainstructions_end);
	paravirt_patched = true;
	local_irq_restore(flags);
	printk(KERN_INFO "paravirt: patched %lu of %lu call sites\n",
	       paravirt_sites_changed, paravirt_sites);
}
