/*
 * Virtual Machine Interface (VMI) guest backend: the module map
 *
 * vmi.c probes for the ROM with rom.c's scan, calls VMI_Init and fills
 * the ops from get_reloc, mmu.c those of the page tables and the lazy
 * modes, time.c the tick and the clocks from the ROM's time calls;
 * patch.c rewrites the interrupt-flag, iret and sysexit sites into
 * calls or jumps into the ROM.  The ABI is asm-i386/vmi.h;
 * Documentation/paravirt/vmi.txt tells the whole flow.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _BACKENDS_VMI_H
#define _BACKENDS_VMI_H

#include <linux/types.h>
#include <asm/vmi.h>

/* rom.c: what vmi_rom_check() found at one place */
#define VMI_ROM_ABSENT	0	/* no VMI header: silence */
#define VMI_ROM_BAD	1	/* a VMI header that failed a check (said) */
#define VMI_ROM_GOOD	2
u8 vmi_rom_sum(const u8 *p, unsigned long n);
/* rom maps physical `at`; room bytes may be read from it. */
int vmi_rom_check(const u8 *rom, unsigned long room, unsigned long at);
unsigned long vmi_rom_find(const u8 *area, unsigned long start,
			   unsigned long end, unsigned long limit);

struct pv_backend;
extern const struct pv_backend vmi_backend;

/* vmi.c: get_reloc's answer for one call, read once at init */
struct vmi_reloc {
	unsigned long eip;
	u8 type;		/* VMI_RELOCATION_* */
};
extern struct vmi_reloc vmi_relocs[VMI_CALL_COUNT];

/* Does the ROM have call as a routine to call (CALL_REL), and where? */
static inline bool vmi_has(unsigned int call)
{
	return vmi_relocs[call].type == VMI_RELOCATION_CALL_REL;
}

static inline void *vmi_entry(unsigned int call)
{
	return (void *)vmi_relocs[call].eip;
}

/* mmu.c: the page-table and lazy-mode ops, after fill_ops() */
void vmi_mmu_fill(void);
bool vmi_mmu_calls(void);

/* time.c: vmi_time_setup() from activate(); the rest for ktest_vmi.c */
extern bool vmi_disable_timer;		/* vmi=disable_timer */
void vmi_time_setup(void);
void vmi_time_init(void);
unsigned long vmi_get_wallclock(void);
int vmi_set_wallclock(unsigned long secs);
unsigned long long vmi_sched_clock(void);
u64 vmi_cycle_frequency(void);
u64 vmi_cycle_counter(u32 counter);
u64 vmi_wallclock_ns(void);
void vmi_tick_alarm_start(void);
bool vmi_tick_alarm_cancel(void);

/* patch.c */
unsigned int vmi_patch(u8 type, u16 clobbers, void *buf, unsigned long addr,
		       unsigned int len);

#endif /* _BACKENDS_VMI_H */
