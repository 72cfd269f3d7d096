/*
 * vmihost: the VMI host, over hv/core
 *
 * A host that presents its guest with a PC: it loads the kernel by the
 * Linux 32-bit boot protocol (boot.c) and runs it deprivileged in ring
 * 1 from its first instruction, emulating what a kernel executes on
 * the way to VMI_Init (emulate.c) and the devices it touches
 * (devices.c).  After VMI_Init the kernel makes its privileged
 * operations through the VMI ROM, which brings to the host what it
 * cannot do alone (calls.c, mmu.c; Documentation/paravirt/vmi-host.txt).
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef HV_VMIHOST_H
#define HV_VMIHOST_H

#include "../core/hv.h"
#include "../core/guest.h"

/* Where the host puts the boot parameters and command line. */
#define VMIHOST_ZERO_PAGE	0x90000
#define VMIHOST_CMDLINE		0x91000
#define VMIHOST_CMDLINE_MAX	2048
#define VMIHOST_ROM_BASE	0xc0000		/* option ROMs: C0000-DFFFF */
#define VMIHOST_PAGE_OFFSET	0xc0000000	/* an ELF that does not say */

/* The virtual CPU state the guest would hold in ring 0. */
struct vcpu {
	u32 cr0, cr2, cr3, cr4;
	u32 eflags_if;			/* virtual IF: 0 or X86_EFLAGS_IF */
	u16 tr, ldtr;
	struct dt_ptr gdtr, idtr;	/* as the guest loaded them */
	u32 sysenter_cs, sysenter_esp, sysenter_eip;
	bool halted;
	bool sti_shadow;		/* no interrupt before the next insn */
	u32 linear_va, linear_pages, linear_pfn; /* SetLinearMapping 0 */
	bool vmi_active;		/* VMI_Init succeeded: ROM calls come */
	bool mmu_sync;			/* told of every page-table change */
	u64 emulated;			/* instructions emulated */
};
extern struct vcpu vcpu;

/* boot.c */
void vmihost_load(const struct hv_module *m, const char *path,
		  const char *cmdline);

/* emulate.c */
bool vmihost_emulate(void);
void vmihost_load_gdt(u16 limit, u32 base);
void vmihost_load_idt(u16 limit, u32 base);
void vmihost_set_cr0(u32 v);
void vmihost_set_cr3(u32 v);
void vmihost_set_cr4(u32 v);

/* devices.c */
void devices_init(void);
void devices_port_io(u16 port, unsigned int size, bool in, u32 *val);
u32 devices_pending_irqs(void);		/* raised and not masked */
unsigned int devices_ack_irq(u32 pending);	/* the vector to deliver */
void devices_tick(void);		/* from the run loop */
bool devices_can_wake(void);
/* The VMI alarm on IRQ 0, in TSC cycles (period 0: one-shot). */
void devices_set_alarm(u64 expiry, u64 period);
bool devices_cancel_alarm(void);		/* true if one was armed */

/* run.c: VMI_Init succeeded (the probe port's CMD_INIT). */
void vmihost_activate(void);
/*
 * The page shared with the ROM (linux/vmi_host.h): a word of it, and
 * a word the host publishes there once VMI_Init succeeded.  The fuzzer
 * moves the page into its small guest.
 */
extern u32 vmihost_shared_gpa;
u32 *vmihost_shared(unsigned int off);
void vmihost_publish(unsigned int off, u32 val);

/* mmu.c: SetPxE, UpdatePxE, Allocate/ReleasePage, flushes, linear map. */
u64 vmihost_mmu_call(u32 call, u32 a, u32 b, u32 c, u32 d);

/* calls.c: the ROM's calls to the host, once VMI_Init succeeded. */
u64 vmihost_call(u32 call, u32 a, u32 b, u32 c, u32 d, u32 e);
void vmihost_vmi_call(struct guest_regs *r);
void vmihost_run_queue(void);		/* the ROM's lazy queue */

extern const struct hv_abi vmihost_abi;

#endif /* HV_VMIHOST_H */
