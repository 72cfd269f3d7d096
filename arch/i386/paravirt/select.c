/*
 * Paravirt backend selection: one explicit table, then patching
 *
 * setup_arch() calls paravirt_setup() once the command line is parsed
 * and before the page tables are built (a hypervisor backend must reserve
 * the top of the address space by then).  Backends are tried in the
 * order of the table below, never in link order: each is asked whether
 * its hypervisor is present, and the first that is gets to install its
 * ops.  paravirt=<name> allows only that backend (paravirt=native
 * refuses every hypervisor).  Then every call site is patched for it,
 * unless nopvpatch was given, and one banner line says where we run.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <asm/paravirt.h>
#include <asm/paravirt_backend.h>
#include <asm/irqflags.h>

/*
 * Probe order: hypervisors before bare metal.  A new backend adds its
 * entry here, before native, which is present everywhere.
 */
static const struct pv_backend *const backends[] = {
	&native_backend,
};

const struct pv_backend *pv_backend;
bool paravirt_patched;
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

		if (wanted && strcmp(wanted, b->name))
			continue;
		if (b->probe())
			return b;
		if (wanted)
			printk(KERN_WARNING "paravirt: %s requested but not present; using native\n",
			       wanted);
	}
	return &native_backend;
}

void __init paravirt_setup(void)
{
	unsigned long flags;

	pv_backend = choose();
	pv_backend->init();
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
