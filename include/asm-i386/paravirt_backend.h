/*
 * Paravirt backends: how a backend presents itself to the core
 *
 * Each backend (backends/<name>/) defines one struct pv_backend and the
 * core lists it in arch/i386/paravirt/select.c's table: that entry and
 * the directory are all it takes to add one (Documentation/paravirt/
 * adding-a-backend.txt).  At boot, paravirt_setup() asks each allowed
 * backend in table order whether it is present and initialises the
 * first that is; native is last and always present.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _ASM_I386_PARAVIRT_BACKEND_H
#define _ASM_I386_PARAVIRT_BACKEND_H

struct pv_backend {
	const char *name;	/* as in paravirt=<name> */
	/* Are we running under this backend's hypervisor? */
	int (*probe)(void);
	/* Installs the backend's ops tables (whole-struct assignments). */
	void (*init)(void);
};

extern const struct pv_backend native_backend;

/* The backend chosen at boot, and whether call sites were patched. */
extern const struct pv_backend *pv_backend;
extern bool paravirt_patched;
extern unsigned long paravirt_sites, paravirt_sites_changed;

#endif /* _ASM_I386_PARAVIRT_BACKEND_H */
