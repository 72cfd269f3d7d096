/*
 * lhype: the host's ABI half, lguest 2.6.23's, over hv/core
 *
 * main.c boots the host and loads the guest as lguest's Launcher did
 * (boot.c), then runs it; hypercalls.c serves int $0x1f and the
 * deferred ring, and delivers virtual interrupts; devices.c is the
 * lguest bus with its console.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef HV_LHYPE_H
#define HV_LHYPE_H

#include "../core/hv.h"
#include "../core/guest.h"

/* Options from the host's command line. */
struct lhype_opts {
	u32 mem;			/* guest memory, bytes */
	u32 irqoff_secs;		/* kill after this long with irqs off */
};
extern struct lhype_opts lhype_opts;

/* boot.c */
void lhype_load(const struct hv_module *m, const char *path,
		const char *cmdline);
extern u32 lhype_ram;			/* e820 RAM: the device page's address */

/* hypercalls.c */
extern const struct hv_abi lhype_abi;
void lhype_hcall_reset(void);

/* devices.c */
void devices_init(void);
u32 devices_bind_dma(u32 key, u32 dmas, u32 count_irq);
void devices_send_dma(u32 key, u32 dma);

#endif /* HV_LHYPE_H */
