/*
 * vmihost: the ABI the core runs the guest with, before VMI_Init
 *
 * The guest is a PC's kernel: its interrupts come from the 8259A model
 * (devices.c) through the IDT it loaded with lidt, when its virtual IF
 * (cli, sti: emulate.c) allows; hlt sleeps until one is due.  A hlt
 * with interrupts off would sleep for ever: the guest is killed, with
 * the reason.  The hypercall vector is the VMI ROM's way to the host
 * once VMI_Init succeeded (calls.c); the ROM's lazy queue runs before
 * any call (and before an emulated instruction, emulate.c), never at
 * another exit: the ROM may be writing a record.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/vmi_host.h>
#include "vmihost.h"

/* The page the ROM and the host share (linux/vmi_host.h), once active. */
u32 vmihost_shared_gpa = VMI_HOST_SHARED_PHYS;

u32 *vmihost_shared(unsigned int off)
{
	u32 *p = gpa_ptr(vmihost_shared_gpa + off, 4);

	if (!p)		/* guest memory is 8 MiB at least: never */
		hv_panic("the VMI shared page is outside guest memory");
	return p;
}

void vmihost_publish(unsigned int off, u32 val)
{
	if (vcpu.vmi_active)
		*vmihost_shared(off) = val;
}

static u32 get_if(void)
{
	if (vcpu.vmi_active)
		return *vmihost_shared(VMI_HOST_SHARED_VIF) & X86_EFLAGS_IF;
	return vcpu.eflags_if;
}

static void set_if(u32 flag)
{
	if (vcpu.vmi_active)
		*vmihost_shared(VMI_HOST_SHARED_VIF) = flag;
	else
		vcpu.eflags_if = flag;
}

/*
 * VMI_Init's host part (the probe port, devices.c): from here the ROM's
 * entry points run, the virtual IF lives in the shared page, and the
 * ROM's IRET has a noirq window.
 */
static u32 noirq_start, noirq_end;

void vmihost_activate(void)
{
	const u8 *rom = gpa_ptr(VMI_HOST_ROM_PHYS, 64);

	noirq_start = VMI_HOST_ROM_VIRT + (rom[VMI_HOST_ROM_NOIRQ_START] |
					   rom[VMI_HOST_ROM_NOIRQ_START + 1] << 8);
	noirq_end = VMI_HOST_ROM_VIRT + (rom[VMI_HOST_ROM_NOIRQ_END] |
					 rom[VMI_HOST_ROM_NOIRQ_END + 1] << 8);
	*vmihost_shared(VMI_HOST_SHARED_VIF) = vcpu.eflags_if;
	*vmihost_shared(VMI_HOST_SHARED_PENDING) = 0;
	*vmihost_shared(VMI_HOST_SHARED_LAZY) = 0;
	*vmihost_shared(VMI_HOST_SHARED_MMU_SYNC) = vcpu.mmu_sync;
	*vmihost_shared(VMI_HOST_SHARED_CR0) = vcpu.cr0;
	*vmihost_shared(VMI_HOST_SHARED_CR2) = vcpu.cr2;
	*vmihost_shared(VMI_HOST_SHARED_CR3) = vcpu.cr3;
	*vmihost_shared(VMI_HOST_SHARED_QCOUNT) = 0;
	vcpu.vmi_active = true;
	hv_msg("VMI_Init: the guest runs on the ROM now, after %llu "
	       "instructions emulated", (unsigned long long)vcpu.emulated);
}

static bool irq_due(void)
{
	devices_tick();
	return get_if() && devices_pending_irqs();
}

static void prepare(void)
{
	u32 pending;

	devices_tick();
	if (vcpu.halted) {
		if (!get_if())
			guest_kill("hlt with interrupts off at %#x: it would "
				   "never wake", guest.regs->eip);
		if (!devices_can_wake())
			guest_kill("hlt at %#x with no timer running and no "
				   "interrupt raised: it would never wake",
				   guest.regs->eip);
		guest_wait(irq_due);
		vcpu.halted = false;
	}
	pending = devices_pending_irqs();
	if (vcpu.sti_shadow) {		/* one instruction after sti */
		vcpu.sti_shadow = false;
		return;
	}
	if (!pending)
		return;
	if (vcpu.vmi_active) {
		u32 eip = guest.regs->eip;

		if ((guest.regs->cs & 3) == GUEST_PL && eip >= noirq_start &&
		    eip < noirq_end)
			return;
		if (!get_if()) {
			*vmihost_shared(VMI_HOST_SHARED_PENDING) = 1;
			return;
		}
		*vmihost_shared(VMI_HOST_SHARED_PENDING) = 0;
	} else if (!vcpu.eflags_if) {
		return;
	}
	guest_deliver(devices_ack_irq(pending), false, 0);
}

static void hypercall(struct guest_regs *r)
{
	if (!vcpu.vmi_active)
		guest_kill("int $0x1f (call %u) before VMI_Init", r->eax);
	vmihost_run_queue();
	vmihost_vmi_call(r);
}

static void set_cr2(u32 addr)
{
	vcpu.cr2 = addr;
	vmihost_publish(VMI_HOST_SHARED_CR2, addr);
}

const struct hv_abi vmihost_abi = {
	.hypercall = hypercall,
	.prepare = prepare,
	.get_if = get_if,
	.set_if = set_if,
	.set_cr2 = set_cr2,
	.port_io = devices_port_io,
	.emulate = vmihost_emulate,
};
