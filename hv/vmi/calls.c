/*
 * vmihost: the VMI calls the ROM brings to the host (phase 2)
 *
 * After VMI_Init the guest kernel calls the ROM's entry points; what
 * the ROM cannot do by itself (the interrupt-flag calls, IRET and the
 * counters it can) it brings here with int $0x1f from ring 1: EAX = the
 * VMI call number (asm-i386/vmi.h), EDX, ECX, EBX, ESI = its arguments
 * in the order of the call's C prototype, EAX (and EDX for 64-bit
 * values) the result.  Each call does on the virtual CPU what the
 * privileged operation it stands for would do, through the same checks
 * as everything a guest hands a host: a table, a PTE pointer or a
 * buffer outside guest memory kills the guest with the call's name.
 * The ROM's side of this interface is the next step
 * (Documentation/paravirt/vmi-host.txt); until it answers the probe,
 * no call comes here.
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

/*
 * A PTE or PDE the guest changed at ptep (guest-linear).  With
 * CURRENT_AS the flags carry the virtual address it maps in the running
 * address space; without, the host cannot tell which shadows hold it
 * and drops them all (correct, and the cost of a guest that says less).
 */
static void pxe_changed(u32 ptep, u32 flags)
{
	u32 gpa;

	if (flags & VMI_PAGE_PD) {
		if (gva_walk(ptep, 0, &gpa))
			guest_kill("VMI SetPxE: the PDE at %#x is not in memory",
				   ptep);
		shadow_set_pmd(gpa & PTE_FRAME, (gpa & ~PTE_FRAME) / 4);
		return;
	}
	if (flags & VMI_PAGE_CURRENT_AS)
		shadow_set_pte(guest.cr3, flags & VMI_PAGE_VA_MASK, 0);
	else
		shadow_flush(true);
}

u64 vmihost_call(u32 call, u32 a, u32 b, u32 c, u32 d)
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
	case VMI_CALL_SetCR2: vcpu.cr2 = a; return 0;
	case VMI_CALL_SetCR3: vmihost_set_cr3(a); return 0;
	case VMI_CALL_SetCR4: vcpu.cr4 = a & ~X86_CR4_PSE; return 0;
	case VMI_CALL_GetCR0: return vcpu.cr0 | (guest.ts ? X86_CR0_TS : 0);
	case VMI_CALL_GetCR2: return vcpu.cr2;
	case VMI_CALL_GetCR3: return vcpu.cr3;
	case VMI_CALL_GetCR4: return vcpu.cr4;
	case VMI_CALL_CLTS: guest.ts = false; return 0;
	case VMI_CALL_WBINVD: case VMI_CALL_IODelay: case VMI_CALL_SetDR:
	case VMI_CALL_SetIOPLMask: case VMI_CALL_AllocatePage:
	case VMI_CALL_SetLazyMode: case VMI_HOST_CALL_FLUSH:
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
	case VMI_CALL_SetPxE:
		copy_out(call, b, &a, 4);
		pxe_changed(b, c);
		return 0;
	case VMI_CALL_UpdatePxE:
		pxe_changed(a, b);
		return 0;
	case VMI_CALL_ReleasePage:
		if (b & VMI_PAGE_PD)
			shadow_flush(true);	/* its shadow may be cached */
		return 0;
	case VMI_CALL_InvalPage:
		shadow_set_pte(guest.cr3, a, 0);
		return 0;
	case VMI_CALL_FlushTLB:
		/*
		 * The shadow does not keep which entries were global: a
		 * flush of the non-global ones (kernel ones too) drops all.
		 */
		shadow_flush(true);
		return 0;
	case VMI_CALL_SetLinearMapping:
		if (a == 0)
			vcpu.linear_va = b;	/* slot 0: low memory */
		return 0;
	case VMI_CALL_GetCycleFrequency:
		return (u64)tsc_khz * 1000;
	case VMI_CALL_GetCycleCounter:
		return timer_now();
	case VMI_CALL_SetAlarm:
		/* flags; expiry low, high; period (low word: < 4 s). */
		devices_set_alarm(((u64)c << 32) | b, d,
				  a & VMI_ALARM_IS_PERIODIC);
		return 0;
	case VMI_CALL_CancelAlarm:
		return devices_set_alarm(0, 0, false);
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

/* int $0x1f from the ROM, once VMI_Init has succeeded. */
void vmihost_vmi_call(struct guest_regs *r)
{
	u64 ret = vmihost_call(r->eax, r->edx, r->ecx, r->ebx, r->esi);

	r->eax = (u32)ret;
	r->edx = (u32)(ret >> 32);
}
