/*
 * Hypervisor core: what every host file shares
 *
 * The host's place in memory, its messages and exit statuses, and the
 * services of the core (hv/core) that a hypervisor ABI (hv/lhype,
 * hv/vmi) builds on.  The flow: boot.S -> hv_main() (the ABI's main.c)
 * -> mem_init(), console, timer -> the ABI loads its guest -> run.c's
 * loop enters the guest through the switcher and hands each exit back
 * to the ABI (struct hv_abi).
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef HV_HV_H
#define HV_HV_H

/* The host runs in the top 4 MiB; boot.S loads it at 1 MiB. */
#define HV_VIRT		0xffc00000
#define HV_PHYS		0x00100000
#define HV_PDE		1023		/* the directory entry that maps it */
/* The host's view of physical memory: identity-mapped below this. */
#define HV_IDENT_LIMIT	0x40000000
#define HV_STACK_SIZE	16384

/* The host's own code and data segments: lguest's GDT slots 10 and 11. */
#define HV_CS		0x50
#define HV_DS		0x58

/* switcher.S's per-vector stubs, and the host's own (hostentry.S). */
#define SWITCHER_STUB_SIZE	16
#define HOST_STUB_SIZE		16

#ifndef __ASSEMBLY__
#include "types.h"
#include "cpu.h"

static inline u32 hv_virt_to_phys(const void *p)
{
	return (u32)(unsigned long)p - HV_VIRT + HV_PHYS;
}

/*
 * How a run ends: QEMU's isa-debug-exit makes the exit code (s << 1) | 1.
 * 0..2 are the guest's own power-off status (0 all well, 1 a self-test
 * failed, 2 the guest panicked), as on bare hardware.
 */
#define HV_EXIT_KILLED		3	/* the host killed the guest */
#define HV_EXIT_BAD_GUEST	4	/* no guest to run: bad image or option */
#define HV_EXIT_HOST_PANIC	5	/* the host itself failed */

/* console.c: the host's messages, all prefixed with hv_name + ": ". */
extern const char hv_name[];		/* "lhype", "vmihost" */
void console_init(void);
void console_putc(char c);
void console_write(const char *s, size_t n);
int console_getc(void);			/* -1: nothing waiting */
void hv_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void hv_msg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
#include <linux/stdarg.h>
void hv_vline(const char *what, const char *fmt, va_list ap);

/* exit.c */
void hv_exit(int status) __attribute__((noreturn));
void bad_guest(const char *fmt, ...)
	__attribute__((noreturn, format(printf, 1, 2)));
void hv_panic(const char *fmt, ...)
	__attribute__((noreturn, format(printf, 1, 2)));

/* mem.c: physical memory (from Multiboot) and page allocation. */
struct multiboot_info;
struct hv_module {
	u32 start, end;			/* physical */
	const char *string;		/* NULL if none */
};
void mem_init(u32 mb_magic, u32 mbi_phys);
u32 mem_ram_top(void);			/* end of usable RAM, physical */
u32 mem_free_bytes(void);		/* above everything loaded */
bool mem_module(unsigned int n, struct hv_module *m);
const char *mem_cmdline(void);		/* the host's own */
/* The Multiboot strings are in low memory; none is longer than this. */
#define MB_STRING_MAX	16384
u32 mem_reserve(u32 bytes, u32 align);	/* physical; panics if none */
u32 page_alloc(void);			/* a zeroed page, physical */
void page_free(u32 pa);
unsigned int pages_free(void);

static inline void *phys_to_virt(u32 pa)
{
	return (void *)(unsigned long)pa;	/* identity below HV_IDENT_LIMIT */
}

/* timer.c: the TSC, and one host deadline on the PIT. */
extern u32 tsc_khz;
void timer_init(void);
u64 timer_now(void);				/* TSC */
u64 ns_to_tsc(u64 ns);
void timer_arm(u64 deadline);			/* 0: none */
bool timer_expired(void);			/* passed and not yet seen */
void timer_irq(void);				/* from IRQ 0 */

/* rtc.c: the wall clock, epoch seconds. */
void rtc_init(void);
void rtc_now(u32 *secs, u32 *nsecs);

/* pic.c: the 8259s, remapped to vectors 0x20..0x2f, only IRQ 0 open. */
#define HV_IRQ_VECTOR	0x20
void pic_init(void);
void pic_eoi(unsigned int irq);

/* hostcpu.c: the host's own GDT and IDT, and its traps. */
void hostcpu_init(void);
void host_irq(unsigned int vector);

#endif /* __ASSEMBLY__ */
#endif /* HV_HV_H */
