/*
 * vmihost: the VMI calls the ROM brings to the host (phase 2)
 *
 * After VMI_Init the guest kernel calls the ROM's entry points; what
 * the ROM cannot do by itself (the interrupt-flag calls, IRET and the
 * counters it can) it brings here with int $0x1f from ring 1: EAX = the
 * VMI call number (asm-i386/vmi.h), EDX, ECX, EBX, ESI, EDI = its
 * arguments in the order of the call's C prototype, EAX (and EDX for
 * 64-bit values) the result.  Each call does on the virtual CPU what the
 * privileged operation it stands for would do, through the same checks
 * as everything a guest hands a host: a table, a PTE pointer or a
 * buffer outside guest memory kills the guest with the call's name.
 * The MMU calls are mmu.c's; the calls the ROM deferred under
 * SetLazyMode come from its queue in the shared page, run here.
 * The time calls keep the host's clock, the TSC (linux/vmi_host.h):
 * an alarm that would storm or never fire kills the guest.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/string.h>
#include <asm-i386/vmi.h>
#include <linux/vmi_host.h>
#include "vmihost.h"

static const char *call_name(u32 call)
{
	static const char *const names[VMI_CALL_COUNT] = {
		[VMI_CALL_SetGDT] = "SetGDT", [VMI_CALL_SetIDT] = "SetIDT",
		[VMI_CALL_GetGDT] = "GetGDT", [VMI_CALL_GetIDT] = "GetIDT",
		[VMI_CALL_WriteGDTEntry] = "WriteGDTEntry",
		[VMI_CALL_WriteLDTEntry] = "WriteLDTEntry",
		[VMI_CALL_WriteIDTEntry] = "WriteIDTEntry",
		[VMI_CALL_UpdateKernelStack] = "UpdateKernelStack",
		[VMI_CALL_SetCR3] = "SetCR3", [VMI_CALL_SetPxE] = "SetPxE",
		[VMI_CALL_UpdatePxE] = "UpdatePxE",
		[VMI_CALL_SetLinearMapping] = "SetLinearMapping",
		[VMI_CALL_SetAlarm] = "SetAlarm",
	};

	return call < VMI_CALL_COUNT && names[call] ? names[call] : "a call";
}

/*
 * SetAlarm(flags, expiry, period), in TSC cycles: one alarm, on IRQ 0,
 * counting REAL or AVAILABLE (the same here); period 0 is one-shot.
 */
static void set_alarm(u32 flags, u64 expiry, u64 period)
{
	u64 now = timer_now(), min, max;
	u32 counter = flags & VMI_ALARM_COUNTER_MASK;

	min = (u64)tsc_khz * VMI_HOST_ALARM_MIN_US / 1000;
	max = (u64)tsc_khz * 1000 * VMI_HOST_ALARM_MAX_S;
	if (counter > VMI_CYCLES_AVAILABLE)
		guest_kill("VMI SetAlarm: counter %u: the host's alarm counts "
			   "REAL or AVAILABLE cycles", counter);
	if (flags & VMI_ALARM_WIRED_LVTT)
		guest_kill("VMI SetAlarm: wired to the local APIC timer; this "
			   "host has no local APIC, only IRQ 0");
	if (!(flags & VMI_ALARM_IS_PERIODIC))
		period = 0;
	if (period && period < min)
		guest_kill("VMI SetAlarm: a period of %llu cycles, under %u us: "
			   "an interrupt storm", (unsigned long long)period,
			   VMI_HOST_ALARM_MIN_US);
	if (period > max || (expiry > now && expiry - now > max))
		guest_kill("VMI SetAlarm: %s %llu cycles ahead, more than %u s",
			   period > max ? "a period" : "an expiry",
			   (unsigned long long)(period > max ? period
						: expiry - now),
			   VMI_HOST_ALARM_MAX_S);
	devices_set_alarm(expiry, period);
}

/* A guest-linear range, whole, for a call: copied in or out. */
static void copy_in(u32 call, void *dst, u32 la, u32 n)
{
	if (copy_from_gva(dst, la, n))
		guest_kill("VMI %s: %u bytes at %#x are not in memory",
			   call_name(call), n, la);
}

static void copy_out(u32 call, u32 la, const void *src, u32 n)
{
	if (copy_to_gva(la, src, n))
		guest_kill("VMI %s: %u bytes at %#x are not writable memory",
			   call_name(call), n, la);
}

static void write_table_entry(u32 call, u32 base, u32 index, u32 lo, u32 hi,
			      u32 limit)
{
	struct desc d = { lo, hi };
	const char *bad = NULL;

	if (index > 8191 || index * 8 + 7 > limit)
		guest_kill("VMI %s: entry %u is past the table's limit %#x",
			   call_name(call), index, limit);
	copy_out(call, base + index * 8, &d, 8);
	if (call == VMI_CALL_WriteGDTEntry && index < LGUEST_GDT_ENTRIES)
		bad = guest_load_gdt(&d, 1, index);
	else if (call == VMI_CALL_WriteIDTEntry && index < 256 &&
		 index != guest.hypercall_vector)
		bad = guest_set_gate(index, lo, hi);
	if (bad)
		guest_kill("VMI %s: %s", call_name(call), bad);
}

u64 vmihost_call(u32 call, u32 a, u32 b, u32 c, u32 d, u32 e)
{
	struct dt_ptr p = { 0 };
	u32 s, ns;

	switch (call) {
	case VMI_CALL_SetGDT:
	case VMI_CALL_SetIDT:
		copy_in(call, &p.limit, a, 6);
		if (call == VMI_CALL_SetGDT)
			vmihost_load_gdt(p.limit, p.base);
		else
			vmihost_load_idt(p.limit, p.base);
		return 0;
	case VMI_CALL_GetGDT:
	case VMI_CALL_GetIDT:
		p = call == VMI_CALL_GetGDT ? vcpu.gdtr : vcpu.idtr;
		copy_out(call, a, &p.limit, 6);
		return 0;
	case VMI_CALL_SetLDT: vcpu.ldtr = a; return 0;
	case VMI_CALL_SetTR: vcpu.tr = a; return 0;
	case VMI_CALL_GetLDT: return vcpu.ldtr;
	case VMI_CALL_GetTR: return vcpu.tr;
	case VMI_CALL_WriteGDTEntry:
		write_table_entry(call, a, b, c, d, vcpu.gdtr.base == a ?
				  vcpu.gdtr.limit : 0xffff);
		return 0;
	case VMI_CALL_WriteLDTEntry:
		write_table_entry(call, a, b, c, d, 0xffff);
		return 0;
	case VMI_CALL_WriteIDTEntry:
		write_table_entry(call, a, b, c, d, vcpu.idtr.base == a ?
				  vcpu.idtr.limit : 0x7ff);
		return 0;
	case VMI_CALL_UpdateKernelStack: {
		const char *bad = guest_set_stack((a & 0xfffc) | GUEST_PL, b, 2);

		if (bad)
			guest_kill("VMI UpdateKernelStack: %s", bad);
		return 0;
	}
	case VMI_CALL_SetCR0: vmihost_set_cr0(a); return 0;
	case VMI_CALL_SetCR2: guest.abi->set_cr2(a); return 0;
	case VMI_CALL_SetCR3: vmihost_set_cr3(a); return 0;
	case VMI_CALL_SetCR4: vmihost_set_cr4(a); return 0;
	case VMI_CALL_GetCR0: return vcpu.cr0;
	case VMI_CALL_GetCR2: return vcpu.cr2;
	case VMI_CALL_GetCR3: return vcpu.cr3;
	case VMI_CALL_GetCR4: return vcpu.cr4;
	case VMI_CALL_CLTS: vmihost_set_cr0(vcpu.cr0 & ~X86_CR0_TS); return 0;
	case VMI_CALL_WBINVD: case VMI_CALL_IODelay: case VMI_CALL_SetDR:
	case VMI_CALL_SetIOPLMask: case VMI_CALL_SetLazyMode:
	case VMI_HOST_CALL_FLUSH:	/* the queue ran before the call */
		return 0;
	case VMI_CALL_GetDR: return 0;
	case VMI_CALL_Halt:
		guest.abi->set_if(X86_EFLAGS_IF);	/* sti; hlt */
		vcpu.halted = true;
		return 0;
	case VMI_CALL_Reboot:
		guest_stop(0, "guest restarted its machine (VMI Reboot)");
	case VMI_CALL_Shutdown:
		guest_stop(0, "guest shut down (VMI Shutdown)");
	case VMI_CALL_SetPxE: case VMI_CALL_UpdatePxE:
	case VMI_CALL_AllocatePage: case VMI_CALL_ReleasePage:
	case VMI_CALL_InvalPage: case VMI_CALL_FlushTLB:
	case VMI_CALL_SetLinearMapping:
		return vmihost_mmu_call(call, a, b, c, d);
	case VMI_CALL_GetCycleFrequency:
		return (u64)tsc_khz * 1000;
	case VMI_CALL_GetCycleCounter:	/* the ROM's own (rom.S), and ours */
		return a <= VMI_CYCLES_AVAILABLE ? timer_now() : 0;
	case VMI_CALL_SetAlarm:		/* flags; expiry low, high; period */
		set_alarm(a, (u64)c << 32 | b, (u64)e << 32 | d);
		return 0;
	case VMI_CALL_CancelAlarm:
		return devices_cancel_alarm();
	case VMI_CALL_GetWallclockTime:
		rtc_now(&s, &ns);
		return (u64)s * 1000000000u + ns;
	case VMI_CALL_WallclockUpdated:
		return 0;
	case VMI_HOST_CALL_STATS:
		return guest.exits;
	}
	guest_kill("unknown VMI call %u", call);
}

_Static_assert(VMI_HOST_SHARED_QUEUE +
	       VMI_HOST_QUEUE_MAX * VMI_HOST_QUEUE_WORDS * 4 <= PAGE_SIZE,
	       "the ROM's queue fits in the shared page");

/* What the ROM may queue under SetLazyMode (linux/vmi_host.h). */
static bool queueable(u32 call)
{
	switch (call) {
	case VMI_CALL_SetPxE: case VMI_CALL_UpdatePxE:
	case VMI_CALL_AllocatePage: case VMI_CALL_ReleasePage:
	case VMI_CALL_SetCR0: case VMI_CALL_SetCR3: case VMI_CALL_CLTS:
	case VMI_CALL_UpdateKernelStack: case VMI_CALL_WriteGDTEntry:
	case VMI_CALL_WriteLDTEntry: case VMI_CALL_SetIOPLMask:
		return true;
	}
	return false;
}

/*
 * The ROM's queue: the calls it deferred under SetLazyMode, in order;
 * then it is empty.  Run before any call (run.c) and before an
 * emulated instruction (emulate.c): then the ROM is not in the middle
 * of a record.
 */
void vmihost_run_queue(void)
{
	u32 *count, n, i, rec[VMI_HOST_QUEUE_WORDS];
	const u32 *q;

	if (!vcpu.vmi_active)
		return;
	count = vmihost_shared(VMI_HOST_SHARED_QCOUNT);
	n = *count;
	if (!n)
		return;
	if (n > VMI_HOST_QUEUE_MAX)
		guest_kill("VMI queue: %u calls, the most is %u", n,
			   VMI_HOST_QUEUE_MAX);
	*count = 0;
	q = gpa_ptr(vmihost_shared_gpa + VMI_HOST_SHARED_QUEUE,
		    sizeof(rec) * VMI_HOST_QUEUE_MAX);
	for (i = 0; i < n; i++) {
		memcpy(rec, q + i * VMI_HOST_QUEUE_WORDS, sizeof(rec));
		if (!queueable(rec[0]))
			guest_kill("VMI queue: call %u cannot be queued",
				   rec[0]);
		vmihost_call(rec[0], rec[1], rec[2], rec[3], rec[4], 0);
	}
}

/* int $0x1f from the ROM, once VMI_Init has succeeded. */
void vmihost_vmi_call(struct guest_regs *r)
{
	u64 ret = vmihost_call(r->eax, r->edx, r->ecx, r->ebx, r->esi,
			       r->edi);

	r->eax = (u32)ret;
	r->edx = (u32)(ret >> 32);
}
