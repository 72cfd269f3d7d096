/*
 * The lguest ABI (Linux 2.6.23), shared by the lhype guest and host
 *
 * The one interface between backends/lhype/ (the guest side, in the
 * kernel image) and hv/lhype/ (the host that runs it): how the host
 * starts the guest, the hypercalls made with int $0x1f, the shared page
 * struct lguest_data with its ring of deferred hypercalls, and the
 * lguest bus's device page and DMA descriptors.  Everything here is
 * lguest 2.6.23's ABI (Documentation/paravirt/lhype.txt has the
 * register tables), so an unmodified 2.6.23 CONFIG_LGUEST_GUEST kernel
 * runs on our host; the few pv386 additions are marked as such and are
 * never used unless a guest asks for them.  Both sides build this with
 * their own compiler flags and no other header: plain C types only,
 * every layout checked by size assertions at the end.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _LINUX_LGUEST_H
#define _LINUX_LGUEST_H

/* --- starting the guest (the Launcher's boot protocol) ------------------ */

/* The guest's entry is the byte after this string in the loaded image. */
#define LGUEST_BOOT_MAGIC	"GenuineLguest"
#define LGUEST_BOOT_MAGIC_LEN	13

/* Guest-physical addresses the host fills before the first instruction. */
#define LGUEST_BOOT_PARAMS	0x0		/* Linux zero page */
#define LGUEST_CMDLINE		0x1000		/* NUL-terminated */
#define LGUEST_CMDLINE_MAX	0x1000		/* with its NUL */

/* Zero-page offsets the host writes (Linux's struct boot_params). */
#define LGUEST_ZP_TYPE_OF_LOADER	0x210	/* 0xff: "undefined" */
#define LGUEST_ZP_RAMDISK_IMAGE		0x218
#define LGUEST_ZP_RAMDISK_SIZE		0x21c
#define LGUEST_ZP_CMD_LINE_PTR		0x228
#define LGUEST_ZP_HARDWARE_SUBARCH	0x23c	/* 1: lguest */
#define LGUEST_ZP_E820_ENTRIES		0x1e8	/* one byte */
#define LGUEST_ZP_E820_MAP		0x2d0	/* 20-byte entries */

/* The privilege levels: host ring 0, guest kernel ring 1, user ring 3. */
#define GUEST_PL		1

/*
 * GDT slots.  10 and 11 are the host's flat ring-0 code and data, the
 * same in the host's GDT and the guest's, so the switcher runs across
 * the change; 16 is the guest's TSS and 31 the double-fault TSS.  The
 * guest may not change those four.  12 and 13 start as flat ring-1
 * code and data, which the guest's first selectors use.
 */
#define LGUEST_GDT_ENTRIES	32
#define LGUEST_CS_ENTRY		10
#define LGUEST_DS_ENTRY		11
#define LGUEST_CS		(LGUEST_CS_ENTRY * 8)		/* 0x50 */
#define LGUEST_DS		(LGUEST_DS_ENTRY * 8)		/* 0x58 */
#define LGUEST_KERNEL_CS_ENTRY	12
#define LGUEST_KERNEL_DS_ENTRY	13
#define LGUEST_KERNEL_CS	(LGUEST_KERNEL_CS_ENTRY * 8 | GUEST_PL) /* 0x61 */
#define LGUEST_KERNEL_DS	(LGUEST_KERNEL_DS_ENTRY * 8 | GUEST_PL) /* 0x69 */
#define LGUEST_TSS_ENTRY	16
#define LGUEST_DOUBLEFAULT_ENTRY 31
#define LGUEST_TLS_ENTRY	6		/* 6..8, by LOAD_TLS */
#define LGUEST_TLS_ENTRIES	3

#define LGUEST_INITIAL_EFLAGS	0x202		/* IF, and the fixed bit 1 */

/* The top 4 MiB of every address space is the host's: the switcher. */
#define LGUEST_SWITCHER_ADDR	0xffc00000UL
#define LGUEST_RESERVE_MEM	(4UL << 20)	/* lguest_data.reserve_mem */

/* --- hypercalls: int $0x1f, EAX = call, EDX, EBX, ECX = arguments ------- */

#define LGUEST_TRAP_ENTRY	0x1f

#define LHCALL_FLUSH_ASYNC	0	/* only runs the ring */
#define LHCALL_LGUEST_INIT	1	/* EDX = pa of struct lguest_data */
#define LHCALL_CRASH		2	/* EDX = pa of a message (<= 128) */
#define LHCALL_LOAD_GDT		3	/* EDX = pa, EBX = entries (32) */
#define LHCALL_NEW_PGTABLE	4	/* EDX = pa of the page directory */
#define LHCALL_FLUSH_TLB	5	/* EDX = 0 user only, else all */
#define LHCALL_LOAD_IDT_ENTRY	6	/* EDX = vector, EBX, ECX = gate */
#define LHCALL_SET_STACK	7	/* EDX = ss, EBX = esp, ECX = pages */
#define LHCALL_TS		8	/* EDX != 0: CR0.TS on */
#define LHCALL_SET_CLOCKEVENT	9	/* EDX = ns from now, 0 cancels */
#define LHCALL_HALT		10	/* sleep until an interrupt */
/* 11 is unused in 2.6.23 (it was GET_WALLCLOCK before the release). */
#define LHCALL_BIND_DMA		12	/* EDX key, EBX pa, ECX cnt<<8|irq */
#define LHCALL_SEND_DMA		13	/* EDX = key, EBX = pa of a dma */
#define LHCALL_SET_PTE		14	/* EDX = cr3, EBX = va, ECX = pte */
#define LHCALL_SET_PMD		15	/* EDX = pa of pgd, EBX = index */
#define LHCALL_LOAD_TLS		16	/* EDX = pa of 3 descriptors */
#define LHCALL_NR		17

/*
 * pv386 additions, above lguest's numbers; a 2.6.23 guest never makes
 * them, and a host without them kills the guest that does.
 *  PV386_IRQ_PENDING: EDX = pa of a 32-bit word the host sets to 1
 *    while an interrupt waits for the guest to enable interrupts (and
 *    clears when it delivers one): the guest's irq_enable looks at it
 *    and makes a hypercall at once, instead of waiting for its next
 *    exit as a 2.6.23 guest does.
 *  PV386_STATS: returns in EAX the number of guest exits to the host so
 *    far (this call included), for the benchmarks.
 */
#define LHCALL_PV386_IRQ_PENDING 0x100
#define LHCALL_PV386_STATS	0x101

/* Hypercall numbers the deferred ring may carry. */
#define LHCALL_RING_SIZE	64

/* Status bytes of the ring. */
#define LHCALL_SLOT_FREE	0xff
#define LHCALL_SLOT_PENDING	0x00

/* Virtual interrupts: vector 0x20 + irq; irq 0 is the timer. */
#define LGUEST_IRQS		32
#define LGUEST_IRQ_VECTOR_BASE	0x20
#define LGUEST_TIMER_IRQ	0
#define LGUEST_IRQ_ENABLED	0x200		/* irq_enabled: X86_EFLAGS_IF */

struct hcall_args {
	unsigned int eax, edx, ebx, ecx;	/* call, arg1, arg2, arg3 */
};

struct lguest_time {
	unsigned int tv_sec;
	int tv_nsec;
};

/* The page the guest shares with the host (LHCALL_LGUEST_INIT). */
struct lguest_data {
	unsigned int irq_enabled;	/* guest: 0 or 0x200 */
	unsigned int blocked_interrupts; /* guest: bit n masks irq n */
	unsigned int cr2;		/* host: address of a reflected #PF */
	struct lguest_time time;	/* host: wall clock, at each irq */
	unsigned char hcall_status[LHCALL_RING_SIZE]; /* 0xff free, 0 due */
	struct hcall_args hcalls[LHCALL_RING_SIZE];
	/* Filled by the host at LHCALL_LGUEST_INIT: */
	unsigned int reserve_mem;	/* bytes to leave at the top */
	unsigned short guestid;
	unsigned short pad;
	unsigned int tsc_khz;		/* 0: do not trust the TSC */
	/* Filled by the guest before LHCALL_LGUEST_INIT: */
	unsigned int noirq_start;	/* no interrupt with EIP in */
	unsigned int noirq_end;		/* [noirq_start, noirq_end) */
};

/* --- the lguest bus: a device page at guest-physical RAM size ----------- */

#define LGUEST_MAX_DEVICES	16
#define LGUEST_DEVICE_T_CONSOLE	1
#define LGUEST_DEVICE_T_NET	2
#define LGUEST_DEVICE_T_BLOCK	3

#define LGUEST_DEVICE_S_ACKNOWLEDGE	1
#define LGUEST_DEVICE_S_DRIVER		2
#define LGUEST_DEVICE_S_DRIVER_OK	4
#define LGUEST_DEVICE_S_REMOVED		8
#define LGUEST_DEVICE_S_REMOVED_ACK	16
#define LGUEST_DEVICE_S_FAILED		128

struct lguest_device_desc {
	unsigned short type;
	unsigned short features;
	unsigned short status;
	unsigned short num_pages;
	unsigned int pfn;
};

#define LGUEST_MAX_DMA_SECTIONS	16
#define LGUEST_MAX_DMA		32	/* bound arrays per guest */
#define LGUEST_CONSOLE_DMA_KEY	0

struct lguest_dma {
	unsigned int used_len;		/* 0: free; host: bytes moved */
	unsigned int addr[LGUEST_MAX_DMA_SECTIONS];	/* guest-physical */
	unsigned short len[LGUEST_MAX_DMA_SECTIONS];	/* 0 ends the list */
};

/* --- layouts fixed by the ABI ------------------------------------------- */

#define LGUEST_OFFSET_CHECK(type, field, off)				\
	_Static_assert(__builtin_offsetof(struct type, field) == (off),	\
		       #type "." #field " at " #off)

_Static_assert(sizeof(struct hcall_args) == 16, "hcall_args");
_Static_assert(sizeof(struct lguest_data) == 1128, "lguest_data");
LGUEST_OFFSET_CHECK(lguest_data, irq_enabled, 0);
LGUEST_OFFSET_CHECK(lguest_data, blocked_interrupts, 4);
LGUEST_OFFSET_CHECK(lguest_data, cr2, 8);
LGUEST_OFFSET_CHECK(lguest_data, time, 12);
LGUEST_OFFSET_CHECK(lguest_data, hcall_status, 20);
LGUEST_OFFSET_CHECK(lguest_data, hcalls, 84);
LGUEST_OFFSET_CHECK(lguest_data, reserve_mem, 1108);
LGUEST_OFFSET_CHECK(lguest_data, guestid, 1112);
LGUEST_OFFSET_CHECK(lguest_data, tsc_khz, 1116);
LGUEST_OFFSET_CHECK(lguest_data, noirq_start, 1120);
LGUEST_OFFSET_CHECK(lguest_data, noirq_end, 1124);
_Static_assert(sizeof(struct lguest_device_desc) == 12, "device_desc");
_Static_assert(sizeof(struct lguest_dma) == 100, "lguest_dma");
LGUEST_OFFSET_CHECK(lguest_dma, addr, 4);
LGUEST_OFFSET_CHECK(lguest_dma, len, 68);

#endif /* _LINUX_LGUEST_H */
