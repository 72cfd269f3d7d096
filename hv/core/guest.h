/*
 * Hypervisor core: the one guest, as the core sees it
 *
 * The state the core keeps for its guest: its memory, the registers the
 * switcher saved at its last exit, its descriptor tables (the GDT and
 * the IDT the CPU uses while it runs live in the state page, the gates
 * the guest asked for in struct guest), the stack for traps from its
 * user mode, and its page tables.  An ABI (hv/lhype, hv/vmi) drives
 * this through the functions below and fills struct hv_abi; run.c's
 * loop enters the guest and dispatches its exits.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef HV_GUEST_H
#define HV_GUEST_H

#include "types.h"
#include "cpu.h"
#include <linux/lguest.h>

#define GUEST_GDT_ENTRIES	LGUEST_GDT_ENTRIES
#define GUEST_TSS_SEL		(LGUEST_TSS_ENTRY * 8)

/*
 * The guest's registers as the switcher saves them, at the end of the
 * regs page: the CPU's frame from a trap, under it the vector and error
 * code the stub pushed, then the segment and general registers.
 */
struct guest_regs {
	u32 ebx, ecx, edx, esi, edi, ebp, eax;
	u32 gs, fs, es, ds;
	u32 trapnum, errcode;
	u32 eip, cs, eflags, esp, ss;
};
_Static_assert(sizeof(struct guest_regs) == 72, "guest_regs");

/*
 * The page the CPU reads while the guest runs: its GDT, IDT and TSS.
 * Read-only in the guest's address space, so the host's copies of what
 * the guest asked for are its own.
 */
struct hv_state {
	struct desc gdt[GUEST_GDT_ENTRIES];
	struct desc idt[256];
	struct tss tss;
	struct dt_ptr gdt_ptr;
	struct dt_ptr idt_ptr;
	u32 host_cr3;			/* read by the switcher on the way out */
};
_Static_assert(sizeof(struct hv_state) <= 4096, "the state page");

struct guest;

/* What an ABI supplies to the core. */
struct hv_abi {
	/* An int to the hypercall vector; the call is in the registers. */
	void (*hypercall)(struct guest_regs *r);
	/* Before each entry: run deferred work, deliver interrupts. */
	void (*prepare)(void);
	/* The guest's virtual interrupt flag: 0 or X86_EFLAGS_IF. */
	u32 (*get_if)(void);
	void (*set_if)(u32 flag);
	/* A #PF the guest must see: publish its address. */
	void (*set_cr2)(u32 addr);
	/* IN (in = true; *val receives) or OUT of size 1, 2 or 4. */
	void (*port_io)(u16 port, unsigned int size, bool in, u32 *val);
	/*
	 * A #GP the ABI may emulate (trap-and-emulate of a deprivileged
	 * kernel: error code 0, or a selector for a ring-0 stack segment);
	 * NULL: only ring 1's IN and OUT, as lguest.  True if it did (the
	 * guest resumes after it).
	 */
	bool (*emulate)(void);
};

struct guest {
	const struct hv_abi *abi;
	u8 *mem;			/* guest-physical 0, in the host */
	u32 mem_size;			/* bytes of guest-physical memory */
	u32 page_offset;		/* where the guest kernel maps RAM */
	unsigned int hypercall_vector;
	struct guest_regs *regs;	/* the switcher's frame */
	struct hv_state *state;

	struct desc gates[256];		/* the guest's own IDT */
	u32 ss1, esp1;			/* stack for traps from user mode */
	bool ts;			/* the guest wants CR0.TS */
	u32 cr2;			/* of the last #PF exit */

	u32 cr3;			/* guest-physical page directory */
	bool paging;			/* the guest's CR0.PG: off, identity */
	u32 ro_start, ro_end;		/* guest-physical, never writable (ROM) */
	bool halted;

	const char *dead;		/* why the guest was stopped */
	int exit_status;

	u64 exits;			/* every guest-to-host transition */
	u64 exit_by_vector[256];
};

extern struct guest guest;

/* gmem.c: guest memory, by guest-physical and guest-virtual address. */
void *gpa_ptr(u32 gpa, u32 len);	/* NULL unless all inside memory */
#define WALK_FAULT	0x100		/* gva_walk(): | the #PF error code */
int gva_walk(u32 gva, u32 access, u32 *gpa);
int copy_from_gva(void *dst, u32 gva, u32 len);	/* 0 or -1 */
int copy_to_gva(u32 gva, const void *src, u32 len);

/* desc.c: the guest's descriptor tables. */
const char *gdt_check_entry(unsigned int n, struct desc *d);
void guest_gdt_init(void);
const char *guest_load_gdt(const struct desc *d, unsigned int n,
			   unsigned int first);
const char *guest_set_gate(unsigned int vector, u32 lo, u32 hi);
void guest_idt_init(void);
const char *guest_check_frame(struct guest_regs *r);
const char *guest_set_stack(u32 ss, u32 esp, u32 pages);
u32 guest_seg_base(u32 sel);

/* trap.c: traps and interrupts into the guest, emulation. */
struct insn;
bool guest_fetch_insn(struct insn *insn);
bool vector_has_errcode(unsigned int v);
void guest_deliver(unsigned int vector, bool has_err, u32 err);
void guest_handle_exit(void);

/* shadow.c: the shadow page tables the CPU uses for the guest. */
void shadow_init(void);
u32 shadow_cr3(void);			/* host-physical */
bool shadow_fault(u32 gva, u32 *err);	/* true: fixed; else the guest's */
void shadow_new_pgtable(u32 cr3);
void shadow_flush(bool kernel_too);
void shadow_set_pte(u32 cr3, u32 va, u32 pte);
void shadow_set_pmd(u32 pgd, u32 index);
void shadow_pte_changed(u32 pte_gpa);	/* where it maps: unknown */
void shadow_forget_pt(u32 frame);	/* no longer, or newly, a table */
void shadow_forget_pgd(u32 frame);	/* no longer, or newly, a directory */
const char *shadow_audit(void);

/* run.c */
/* Returns where guest-physical 0 is, host-physical. */
u32 guest_core_init(const struct hv_abi *abi, u32 mem_size,
		    unsigned int hypercall_vector);
void guest_wait(bool (*ready)(void));
void guest_kill(const char *fmt, ...)
	__attribute__((noreturn, format(printf, 1, 2)));
void guest_run(void) __attribute__((noreturn));
void guest_stop(int status, const char *fmt, ...)
	__attribute__((noreturn, format(printf, 2, 3)));

#endif /* HV_GUEST_H */
