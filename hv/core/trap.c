/*
 * Hypervisor core: the guest's exits, and traps delivered into it
 *
 * run.c enters the guest; when it comes back, guest_handle_exit() looks
 * at the vector the switcher recorded:
 *  - the PIC's interrupts are the host's (its timer);
 *  - the hypercall vector goes to the ABI;
 *  - a page fault first goes to the shadow MMU, which usually just
 *    fills in the mapping from the guest's page tables; only a fault
 *    the guest's own tables call for is delivered to it;
 *  - a #GP with error code 0 may be port I/O, which the ABI emulates
 *    (the guest runs with IOPL 0 and no I/O bitmap);
 *  - #NM is the guest's only if it asked for CR0.TS;
 *  - everything else is delivered to the guest through its IDT, as
 *    the CPU would have: guest_deliver() pushes the frame on its ring-1
 *    stack (the SET_STACK one if it was in user mode).
 * SPDX-License-Identifier: GPL-2.0
 */
#include "hv.h"
#include "guest.h"
#include "decode.h"

/* Deliver vector to the guest as its IDT says, as the CPU would. */
void guest_deliver(unsigned int vector, bool has_err, u32 err)
{
	struct guest_regs *r = guest.regs;
	struct desc g = guest.gates[vector];
	bool from_user = (r->cs & 3) != GUEST_PL;
	u32 frame[6], n = 0, ss, esp, linear;

	if (!DESC_P(g))
		guest_kill("trap %u (error %#x) at %#x: the guest has no "
			   "handler for it", vector, err, r->eip);
	if (from_user) {
		if (!guest.ss1)
			guest_kill("trap %u from user mode before SET_STACK",
				   vector);
		ss = guest.ss1;
		esp = guest.esp1;
	} else {
		ss = r->ss;
		esp = r->esp;
	}
	/* Lowest address first: what the handler finds on its stack. */
	if (has_err)
		frame[n++] = err;
	frame[n++] = r->eip;
	frame[n++] = r->cs;
	frame[n++] = (r->eflags & ~X86_EFLAGS_IF) | guest.abi->get_if();
	if (from_user) {
		frame[n++] = r->esp;
		frame[n++] = r->ss;
	}
	esp -= n * 4;
	linear = guest_seg_base(ss) + esp;
	if (copy_to_gva(linear, frame, n * 4))
		guest_kill("trap %u: its stack at %#x is not writable memory",
			   vector, linear);
	if (DESC_TYPE(g) == GATE_INTR)
		guest.abi->set_if(0);
	r->eflags &= ~(X86_EFLAGS_TF | X86_EFLAGS_NT | X86_EFLAGS_RF);
	r->ss = ss;
	r->esp = esp;
	r->cs = LGUEST_KERNEL_CS;
	r->eip = GATE_OFFSET(g);
}

/*
 * Fetch the instruction at the guest's CS:EIP (up to 15 bytes, fewer
 * where its mapping ends) and decode it.  False if it cannot be read or
 * is not a whole instruction: the #GP is then the guest's.
 */
bool guest_fetch_insn(struct insn *insn)
{
	struct guest_regs *r = guest.regs;
	u32 at = guest_seg_base(r->cs) + r->eip;
	u8 buf[INSN_MAX_LEN];
	size_t n;

	for (n = 0; n < sizeof(buf); n++)
		if (copy_from_gva(buf + n, at + n, 1))
			break;
	return n && decode_insn(buf, n, insn) == DECODE_OK;
}

/*
 * #GP with error code 0 at an IN or OUT (not INS/OUTS, as lguest): the
 * ABI plays the port; IN's result goes to AL, AX or EAX.
 */
static bool emulate_port_io(void)
{
	struct guest_regs *r = guest.regs;
	struct insn insn;
	u32 val = r->eax, port;
	unsigned int size;
	bool in;

	if (!guest_fetch_insn(&insn) || (insn.op != OP_IN && insn.op != OP_OUT))
		return false;
	in = insn.op == OP_IN;
	size = insn.io.size;
	port = insn.io.dx ? (r->edx & 0xffff) : insn.io.port;
	guest.abi->port_io(port, size, in, &val);
	if (in) {
		if (size == 1)
			r->eax = (r->eax & ~0xffu) | (val & 0xff);
		else if (size == 2)
			r->eax = (r->eax & ~0xffffu) | (val & 0xffff);
		else
			r->eax = val;
	}
	r->eip += insn.len;
	return true;
}

void guest_handle_exit(void)
{
	struct guest_regs *r = guest.regs;
	unsigned int v = r->trapnum & 0xff;
	u32 err = r->errcode;

	if (v >= HV_IRQ_VECTOR && v < HV_IRQ_VECTOR + 16) {
		host_irq(v);
		return;
	}
	if (v == guest.hypercall_vector) {
		guest.abi->hypercall(r);
		return;
	}
	switch (v) {
	case 2:				/* NMI: nothing of the guest's */
		return;
	case 7:
		if (!guest.ts)
			return;		/* TS was the host's: now clear */
		break;
	case 13:
		/* Port I/O is the guest kernel's; its user mode gets #GP. */
		if (guest.abi->emulate) {
			if (guest.abi->emulate())	/* error code or not */
				return;
		} else if (err == 0 && (r->cs & 3) == GUEST_PL &&
			   emulate_port_io()) {
			return;
		}
		break;
	case 14:
		if (shadow_fault(guest.cr2, &err))
			return;
		guest.abi->set_cr2(guest.cr2);
		break;
	}
	guest_deliver(v, vector_has_errcode(v), err);
}
