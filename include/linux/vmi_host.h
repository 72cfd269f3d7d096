/*
 * VMI ROM-to-host interface: how our VMI ROM finds and talks to our host
 *
 * Private to pv386: between the ROM (hv/vmi/rom/, build/vmi.rom) and
 * the VMI host that maps it (hv/vmi/, whose second phase runs it).  No guest
 * kernel sees this: a guest sees only the VMI ABI (asm-i386/vmi.h).
 * The ROM's VMI_Init and get_reloc first read the probe port; before
 * VMI_Init the guest kernel runs in ring 1 with IOPL 0, so the IN
 * traps to the host, which answers VMI_HOST_MAGIC by trap-and-emulate.
 * On bare hardware (QEMU without a host) nothing decodes the port and
 * IN reads all ones, so VMI_Init fails with VMI_INIT_NO_HOST and the
 * kernel boots native.  Plain #defines: the ROM's assembly includes it.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _LINUX_VMI_HOST_H
#define _LINUX_VMI_HOST_H

/*
 * The probe port: a 32-bit IN reads VMI_HOST_MAGIC under our host.
 * 0x5650 ("PV") is decoded by nothing on a PC or in QEMU's pc machine.
 */
#define VMI_HOST_PORT		0x5650
#define VMI_HOST_MAGIC		0x486d5663	/* "cVmH" */

/*
 * VMI_Init's results in EAX (the VMI ABI says only: 0 is success).
 * The guest backend names them in its "failed to start" line.
 */
#define VMI_INIT_OK		0
#define VMI_INIT_NO_HOST	1	/* the probe port did not answer */
#define VMI_INIT_REFUSED	2	/* the host answered but said no */

/*
 * The host's part of VMI_Init: after a good probe the ROM writes
 * VMI_HOST_CMD_INIT with a 32-bit OUT to the probe port, and a 32-bit
 * IN then gives VMI_INIT_OK (the host has switched the guest to its
 * VMI mode) or VMI_INIT_REFUSED.  The rest is below: the host calls,
 * and the page the ROM and the host share.
 */
#define VMI_HOST_CMD_INIT	1

/*
 * Once VMI_Init has succeeded, the ROM's entry points that need the host
 * make a call with int $0x1f (VMI_HOST_VECTOR) from ring 1: EAX = the VMI
 * call number (asm-i386/vmi.h), EDX, ECX, EBX, ESI, EDI = its arguments
 * in the order of the call's C prototype (a 64-bit argument low word
 * first; only SetAlarm has a fifth word), EAX, and EDX for a 64-bit
 * value, the result.
 * VMI_HOST_CALL_FLUSH is ours, beyond the VMI numbers: it makes the
 * host run the queue (below) and deliver what is pending
 * (EnableInterrupts with the pending word set, SetLazyMode(0)).
 * hv/vmi/calls.c serves them.
 */
#define VMI_HOST_VECTOR		0x1f
#define VMI_HOST_CALL_FLUSH	0x100
/*
 * pv386's own, for the benchmarks: get_reloc(VMI_HOST_CALL_STATS) gives
 * an entry returning in EAX the host's count of the guest's exits (this
 * call included).  A VMware ROM answers NONE: no count, no cost.
 */
#define VMI_HOST_CALL_STATS	0x101

/*
 * Time: VMI's cycle counters REAL and AVAILABLE are the TSC itself (the
 * host's clock is rdtsc, which the guest reads untrapped in ring 1),
 * so the ROM answers GetCycleCounter without an exit and no offset is
 * published; STOLEN stays 0.  GetCycleFrequency is the TSC's rate as
 * the host measured it.  The alarm raises IRQ 0 through the host's
 * 8259A model; an alarm period under VMI_HOST_ALARM_MIN_US, or an
 * expiry or period more than VMI_HOST_ALARM_MAX_S ahead, kills the
 * guest (an interrupt storm, a sleep that never ends).
 */
#define VMI_HOST_ALARM_MIN_US	100
#define VMI_HOST_ALARM_MAX_S	3600

/*
 * Where our host puts things: the ROM at guest-physical 0xC0000, run at
 * the kernel's low alias (PAGE_OFFSET 0xC0000000, the 3 GiB split), and
 * a writable page shared by the ROM and the host in the option-ROM area
 * after it: the virtual interrupt flag (0 or 0x200) and a pending word
 * the host sets while an interrupt waits for that flag.  The ROM's
 * header carries, in its reserved bytes, the offsets of its IRET's
 * noirq window: the host never delivers an interrupt with the guest's
 * EIP in it.
 */
#define VMI_HOST_ROM_PHYS	0xc0000
#define VMI_HOST_ROM_VIRT	0xc00c0000
#define VMI_HOST_SHARED_PHYS	0xdf000
#define VMI_HOST_SHARED_VIRT	0xc00df000
#define VMI_HOST_SHARED_VIF	0		/* offsets in the shared page */
#define VMI_HOST_SHARED_PENDING	4
#define VMI_HOST_ROM_NOIRQ_START 32		/* u16 offsets in the ROM */
#define VMI_HOST_ROM_NOIRQ_END	34

/*
 * The rest of the shared page: the MMU and the lazy queue.
 *  - LAZY: the mode of the last SetLazyMode (0 none, 1 MMU, 2 CPU); the
 *    ROM's word: while it is not 0 the ROM queues the calls it may
 *    defer (below) instead of entering the host.
 *  - MMU_SYNC: the host's word, 1 once the guest has told it of a page
 *    table change with SetPxE or UpdatePxE: from then on it is told of
 *    every one (the VMI contract), so its shadow page tables are never
 *    stale and the ROM's InvalPage and FlushTLB return at once.
 *  - CR0, CR2, CR3: the host's copies, which GetCR0, GetCR2 and GetCR3
 *    read; the ROM's SetCR0, CLTS and SetCR3 update them at once, as
 *    the host does when it runs them.
 *  - QCOUNT records of QUEUE, each VMI_HOST_QUEUE_WORDS words: the call
 *    number, EAX, EDX, ECX and the first stack word of the call.  The
 *    host runs them in order, then sets QCOUNT to 0, before it takes
 *    any call and before it emulates an instruction, never at another
 *    exit (the ROM may be writing a record); the ROM has it run them
 *    when the queue is full and at SetLazyMode(0).  The calls the ROM
 *    may queue: SetPxE (the ROM stores the entry itself), UpdatePxE,
 *    AllocatePage, ReleasePage, SetCR0, SetCR3, CLTS, UpdateKernelStack,
 *    WriteGDTEntry, WriteLDTEntry, SetIOPLMask.  Any other number in
 *    the queue, or a QCOUNT over VMI_HOST_QUEUE_MAX, kills the guest.
 */
#define VMI_HOST_SHARED_LAZY	8
#define VMI_HOST_SHARED_MMU_SYNC 12
#define VMI_HOST_SHARED_CR2	16
#define VMI_HOST_SHARED_CR3	20
#define VMI_HOST_SHARED_QCOUNT	24
#define VMI_HOST_SHARED_CR0	28
#define VMI_HOST_SHARED_QUEUE	32
#define VMI_HOST_QUEUE_WORDS	5
#define VMI_HOST_QUEUE_MAX	64

#endif /* _LINUX_VMI_HOST_H */
