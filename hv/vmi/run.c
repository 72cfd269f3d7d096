/*
 * vmihost: the ABI the core runs the guest with, before VMI_Init
 *
 * The guest is a PC's kernel: its interrupts come from the 8259A model
 * (devices.c) through the IDT it loaded with lidt, when its virtual IF
 * (cli, sti: emulate.c) allows; hlt sleeps until one is due.  A hlt
 * with interrupts off would sleep for ever: the guest is killed, with
 * the reason.  The hypercall vector is the VMI ROM's way to the host
 * (next step); until then no ROM call reaches it.
 * SPDX-License-Identifier: GPL-2.0
 */
#include "vmihost.h"

static bool irq_due(void)
{
	devices_tick();
	return vcpu.eflags_if && devices_pending_irqs();
}

static void prepare(void)
{
	u32 pending;

	devices_tick();
	if (vcpu.halted) {
		if (!vcpu.eflags_if)
			guest_kill("hlt with interrupts off at %#x: it would "
				   "never wake", guest.regs->eip);
		guest_wait(irq_due);
		vcpu.halted = false;
	}
	pending = devices_pending_irqs();
	if (vcpu.sti_shadow) {		/* one instruction after sti */
		vcpu.sti_shadow = false;
		return;
	}
	if (!pending || !vcpu.eflags_if)
		return;
	guest_deliver(devices_ack_irq(pending), false, 0);
}

static void hypercall(struct guest_regs *r)
{
	if (!vcpu.vmi_active)
		guest_kill("int $0x1f (call %u) before VMI_Init", r->eax);
	vmihost_vmi_call(r);
}

static u32 get_if(void)
{
	return vcpu.eflags_if;
}

static void set_if(u32 flag)
{
	vcpu.eflags_if = flag;
}

static void set_cr2(u32 addr)
{
	vcpu.cr2 = addr;
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
