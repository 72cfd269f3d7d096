/*
 * Paravirt backends: how a backend presents itself to the core
 *
 * Each backend (backends/<name>/) defines one struct pv_backend and the
 * core lists it in arch/i386/paravirt/select.c's table: that entry and
 * the directory are all it takes to add one (Documentation/paravirt/
 * adding-a-backend.txt).  A backend comes to power in one of two ways:
 *  - chosen during setup_arch(): paravirt_setup() asks each allowed
 *    backend in table order whether it is present and initialises the
 *    first that is; native is always present;
 *  - in charge from the first instruction: the hypervisor starts the
 *    image at the backend's own entry (not head.S), whose stub calls
 *    paravirt_boot_entry() to install the backend before start_kernel.
 *    paravirt_setup() then keeps it, whatever paravirt= says.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _ASM_I386_PARAVIRT_BACKEND_H
#define _ASM_I386_PARAVIRT_BACKEND_H

#include <linux/types.h>

struct pv_backend {
	const char *name;	/* as in paravirt=<name> */
	/* Are we running under this backend's hypervisor? */
	int (*probe)(void);
	/*
	 * Installs the backend's ops tables.  Returns NULL, or a short
	 * reason why the backend cannot run; the core then puts every
	 * table back as it was and boots native (select.c), so init may
	 * fail at any point, even after changing some tables.
	 */
	const char *(*init)(void);
	/* Never probed, only chosen by paravirt=<name> (test backends). */
	bool by_name_only;
	/*
	 * Optional, for the benchmarks: guest-to-host transitions so far
	 * (hypercalls, traps and interrupts the hypervisor took), less
	 * those it took to read the count, so two readings differ by
	 * exactly what ran between them.  NULL: none (bare hardware).
	 */
	unsigned long (*hv_exits)(void);
};

extern const struct pv_backend native_backend;

/* The backend chosen at boot, and whether call sites were patched. */
extern const struct pv_backend *pv_backend;
extern bool paravirt_patched;
extern unsigned long paravirt_sites, paravirt_sites_changed;

/*
 * The backend whose entry started the kernel, or NULL after head.S.
 * Set by paravirt_boot_entry() before start_kernel(); read by
 * paravirt_setup(), which keeps that backend.
 */
extern const struct pv_backend *paravirt_boot_backend;
/*
 * Called by a backend's entry stub (asm/paravirt_entry.h), on the boot
 * stack with BSS clear: records the boot information, installs b (a
 * failure here is fatal: there is no native to fall back on) and runs
 * start_kernel().  Does not return.
 */
void paravirt_boot_entry(const struct pv_backend *b, unsigned long boot_info)
	__attribute__((noreturn));

/* pv_backend's hv_exits(), or 0 on bare hardware (select.c). */
unsigned long paravirt_hv_exits(void);

/* Copies every live ops table into t (select.c). */
struct paravirt_patch_template;
void paravirt_save_ops(struct paravirt_patch_template *t);

/* True once paravirt_setup() has settled the backend (or at its entry). */
extern bool paravirt_backend_final;

#endif /* _ASM_I386_PARAVIRT_BACKEND_H */
