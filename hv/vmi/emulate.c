/*
 * vmihost: trap-and-emulate of a kernel that thinks it is in ring 0
 *
 * Until VMI_Init the guest kernel runs the instructions of a kernel on
 * bare hardware, in ring 1 with IOPL 0: every privileged one raises #GP
 * (error code 0), which trap.c hands here.  The instruction is fetched
 * through the guest's own view of memory and decoded by the shared
 * decoder (hv/core/decode.c), then carried out on the virtual CPU:
 *   cli, sti, hlt             the virtual IF; hlt waits for an interrupt
 *   lgdt, lidt, ltr, lldt     the tables are read from guest memory and
 *                             checked into the state page (desc.c):
 *                             DPL 0 raised to 1, limits cut
 *   mov to/from CRn, clts,    the virtual control registers; CR0.PG
 *   lmsw, invlpg, wbinvd      switches the shadow MMU between identity
 *                             (paging off) and the guest's tables
 *   mov to DRn                ignored
 *   rdmsr, wrmsr              SYSENTER_* kept, others #GP as on a CPU
 *                             without them
 *   in, out                   the device models (devices.c)
 *   mov ss, pop ss, lss       ring-0 selectors loaded at RPL 1
 *   iret, lret to ring 0      returned to ring 1
 * Anything else is the guest's #GP.  Known holes of x86 the guest does
 * not trap on (pushf/popf's IF, sgdt, sidt, smsw, str, the RPL visible
 * in %cs) are documented in Documentation/paravirt/vmi.txt.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/string.h>
#include <linux/vmi_host.h>
#include "vmihost.h"
#include "../core/decode.h"

#define MSR_SYSENTER_CS		0x174
#define MSR_SYSENTER_ESP	0x175
#define MSR_SYSENTER_EIP	0x176

struct vcpu vcpu;

static u32 *gpr(struct guest_regs *r, int n)
{
	switch (n) {
	case REG_EAX: return &r->eax;
	case REG_ECX: return &r->ecx;
	case REG_EDX: return &r->edx;
	case REG_EBX: return &r->ebx;
	case REG_ESP: return &r->esp;
	case REG_EBP: return &r->ebp;
	case REG_ESI: return &r->esi;
	default: return &r->edi;
	}
}

static u32 seg_base_of(struct guest_regs *r, int seg)
{
	switch (seg) {
	case SEG_ES: return guest_seg_base(r->es);
	case SEG_CS: return guest_seg_base(r->cs);
	case SEG_SS: return guest_seg_base(r->ss);
	case SEG_FS: return guest_seg_base(r->fs);
	case SEG_GS: return guest_seg_base(r->gs);
	default: return guest_seg_base(r->ds);
	}
}

/* The linear address of a memory operand (32-bit addressing only). */
static bool operand_addr(struct guest_regs *r, const struct insn *in, u32 *la)
{
	u32 a = in->mem.disp;

	if (!in->has_mem || in->addrsize != 4)
		return false;
	if (in->mem.base != REG_NONE)
		a += *gpr(r, in->mem.base);
	if (in->mem.index != REG_NONE)
		a += *gpr(r, in->mem.index) * in->mem.scale;
	*la = seg_base_of(r, in->mem.seg) + a;
	return true;
}

/* The guest's GDT at base (guest-linear), checked into the state page. */
void vmihost_load_gdt(u16 limit, u32 base)
{
	struct desc d[LGUEST_GDT_ENTRIES];
	unsigned int n = (limit + 1u) / 8;
	const char *bad;

	if (n > LGUEST_GDT_ENTRIES)
		n = LGUEST_GDT_ENTRIES;		/* the rest is never used */
	memset(d, 0, sizeof(d));
	if (copy_from_gva(d, base, n * 8))
		guest_kill("lgdt: its table at %#x is not in memory", base);
	bad = guest_load_gdt(d, n, 0);
	if (bad)
		guest_kill("lgdt: %s", bad);
	vcpu.gdtr.limit = limit;
	vcpu.gdtr.base = base;
}

/* The guest's IDT at base: each gate, as lhype's LOAD_IDT_ENTRY. */
void vmihost_load_idt(u16 limit, u32 base)
{
	unsigned int v, n = (limit + 1u) / 8;
	const char *bad;
	struct desc g;

	for (v = 0; v < 256; v++) {
		g.lo = g.hi = 0;
		if (v < n && copy_from_gva(&g, base + v * 8, 8))
			guest_kill("lidt: its table at %#x is not in memory",
				   base);
		if (v == guest.hypercall_vector)
			continue;
		bad = guest_set_gate(v, g.lo, g.hi);
		if (bad)
			guest_kill("lidt: vector %u: %s", v, bad);
	}
	vcpu.idtr.limit = limit;
	vcpu.idtr.base = base;
}

/* lgdt, lidt: the 6-byte operand, then the table. */
static bool load_table(struct guest_regs *r, const struct insn *in)
{
	struct { u16 limit; u32 base; } __attribute__((packed)) p;
	u32 la;

	if (!operand_addr(r, in, &la) || copy_from_gva(&p, la, 6))
		return false;
	if (in->op == OP_LGDT)
		vmihost_load_gdt(p.limit, p.base);
	else
		vmihost_load_idt(p.limit, p.base);
	return true;
}

void vmihost_set_cr0(u32 v)
{
	bool paging = v & X86_CR0_PG;

	vcpu.cr0 = v | 0x10;			/* ET is hardwired */
	guest.ts = v & X86_CR0_TS;
	vmihost_publish(VMI_HOST_SHARED_CR0, vcpu.cr0);
	if (paging != guest.paging) {
		guest.paging = paging;
		shadow_new_pgtable(paging ? vcpu.cr3 : 1);
		shadow_flush(true);
	}
}

/*
 * CR4: no 4 MiB pages (the shadows have none).  A change of PGE
 * flushes the TLB, global entries too: every shadow, unless the kernel
 * tells of its page-table changes (mmu.c).
 */
void vmihost_set_cr4(u32 v)
{
	u32 was = vcpu.cr4;

	vcpu.cr4 = v & ~X86_CR4_PSE;
	if ((was ^ vcpu.cr4) & X86_CR4_PGE && !vcpu.mmu_sync)
		shadow_flush(true);
}

void vmihost_set_cr3(u32 v)
{
	vcpu.cr3 = v;
	vmihost_publish(VMI_HOST_SHARED_CR3, v);
	if (!guest.paging)
		return;
	if (!gpa_ptr(v & PTE_FRAME, PAGE_SIZE))
		guest_kill("mov to cr3: %#x is outside guest memory", v);
	shadow_new_pgtable(v & PTE_FRAME);
	/*
	 * The TLB's non-global entries: every shadow, as the shadows do not
	 * keep which were global; nothing once the kernel tells of every
	 * change (mmu.c).
	 */
	if (!vcpu.mmu_sync)	/* else the kept shadows are right (mmu.c) */
		shadow_flush(true);
}

static bool mov_cr(struct guest_regs *r, const struct insn *in, bool to)
{
	u32 *reg = gpr(r, in->rm);

	if (!to) {
		switch (in->ctl) {
		case 0: *reg = vcpu.cr0; break;
		case 2: *reg = vcpu.cr2; break;
		case 3: *reg = vcpu.cr3; break;
		case 4: *reg = vcpu.cr4; break;
		default: return false;
		}
		return true;
	}
	switch (in->ctl) {
	case 0: vmihost_set_cr0(*reg); break;
	case 2: vcpu.cr2 = *reg; break;
	case 3: vmihost_set_cr3(*reg); break;
	case 4: vmihost_set_cr4(*reg); break;
	default: return false;
	}
	return true;
}

static bool msr(struct guest_regs *r, bool write)
{
	u32 *m;

	switch (r->ecx) {
	case MSR_SYSENTER_CS: m = &vcpu.sysenter_cs; break;
	case MSR_SYSENTER_ESP: m = &vcpu.sysenter_esp; break;
	case MSR_SYSENTER_EIP: m = &vcpu.sysenter_eip; break;
	default: return false;			/* #GP, as for an unknown MSR */
	}
	if (write) {
		*m = r->eax;
	} else {
		r->eax = *m;
		r->edx = 0;
	}
	return true;
}

/* A ring-0 selector into SS: the same descriptor, at ring 1. */
static bool load_ss(struct guest_regs *r, u32 sel)
{
	if ((sel & 3) != 0)
		return false;			/* not ours to fix: #GP */
	r->ss = sel | GUEST_PL;
	return true;
}

static bool io(struct guest_regs *r, const struct insn *in)
{
	u32 port = in->io.dx ? (r->edx & 0xffff) : in->io.port, val = r->eax;
	unsigned int size = in->io.size;

	devices_port_io(port, size, in->op == OP_IN, &val);
	if (in->op == OP_IN) {
		if (size == 1)
			r->eax = (r->eax & ~0xffu) | (val & 0xff);
		else if (size == 2)
			r->eax = (r->eax & ~0xffffu) | (val & 0xffff);
		else
			r->eax = val;
	}
	return true;
}

/*
 * lret or iret to a ring-0 code selector: a return to an inner ring,
 * which the CPU refuses at CPL 1.  Carried out as the same-ring return
 * it means: at RPL 1, no stack switch; iret's IF goes to the virtual IF.
 */
static bool far_return(struct guest_regs *r, const struct insn *in)
{
	u32 f[3], n = in->op == OP_IRET ? 3 : 2, sp;

	if (in->opsize != 4)
		return false;
	sp = guest_seg_base(r->ss) + r->esp;
	if (copy_from_gva(f, sp, n * 4) || (f[1] & 3) != 0)
		return false;
	r->eip = f[0];
	r->cs = (f[1] & 0xffff) | GUEST_PL;
	r->esp += n * 4 + (in->op == OP_RETF ? in->imm : 0);
	if (in->op == OP_IRET) {
		vcpu.eflags_if = f[2] & X86_EFLAGS_IF;
		r->eflags = (r->eflags & ~0x00270fd5u) | (f[2] & 0x00270fd5u);
	}
	vcpu.emulated++;
	return true;
}

bool vmihost_emulate(void)
{
	struct guest_regs *r = guest.regs;
	struct insn in;
	u32 la, v;
	bool ok = false;

	if ((r->cs & 3) != GUEST_PL || !guest_fetch_insn(&in))
		return false;			/* user mode's #GP is the guest's */
	vmihost_run_queue();			/* what came before, first */
	if (in.op == OP_RETF || in.op == OP_IRET)
		return far_return(r, &in);	/* EIP comes from the stack */
	switch (in.op) {
	case OP_CLI: vcpu.eflags_if = 0; ok = true; break;
	case OP_STI:
		/* As the CPU: "sti; hlt" sleeps before any interrupt. */
		vcpu.sti_shadow = !vcpu.eflags_if;
		vcpu.eflags_if = X86_EFLAGS_IF;
		ok = true;
		break;
	case OP_HLT: vcpu.halted = true; ok = true; break;
	case OP_LGDT: case OP_LIDT: ok = load_table(r, &in); break;
	case OP_LTR:
	case OP_LLDT:
		if (in.mod != 3)
			break;
		if (in.op == OP_LTR)
			vcpu.tr = *gpr(r, in.rm);
		else
			vcpu.ldtr = *gpr(r, in.rm);
		ok = true;
		break;
	case OP_MOV_TO_CR: ok = mov_cr(r, &in, true); break;
	case OP_MOV_FROM_CR: ok = mov_cr(r, &in, false); break;
	case OP_MOV_TO_DR: case OP_MOV_FROM_DR:
		if (in.op == OP_MOV_FROM_DR)
			*gpr(r, in.rm) = 0;
		ok = true;
		break;
	case OP_CLTS:
		vmihost_set_cr0(vcpu.cr0 & ~X86_CR0_TS);
		ok = true;
		break;
	case OP_LMSW:
		if (in.mod != 3)
			break;
		vmihost_set_cr0((vcpu.cr0 & ~0xe) | (*gpr(r, in.rm) & 0xf) | 1);
		ok = true;
		break;
	case OP_INVLPG:
		if (operand_addr(r, &in, &la)) {	/* always: it is cheap */
			shadow_set_pte(guest.cr3, la, 0);
			ok = true;
		}
		break;
	case OP_WBINVD: case OP_INVD: ok = true; break;
	case OP_WRMSR: ok = msr(r, true); break;
	case OP_RDMSR: ok = msr(r, false); break;
	case OP_IN: case OP_OUT: ok = io(r, &in); break;
	case OP_MOV_TO_SREG:
		if (in.sreg == SEG_SS && in.mod == 3)
			ok = load_ss(r, *gpr(r, in.rm) & 0xffff);
		else if (in.sreg == SEG_SS && operand_addr(r, &in, &la) &&
			 !copy_from_gva(&v, la, 2))
			ok = load_ss(r, v & 0xffff);
		break;
	default:
		break;
	}
	if (!ok)
		return false;
	r->eip += in.len;
	vcpu.emulated++;
	return true;
}
