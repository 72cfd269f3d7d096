/*
 * Virtual Machine Interface (VMI) guest backend: probe, VMI_Init, the ops
 *
 * VMI is found, not entered: paravirt_setup() (select.c) probes it in
 * setup_arch(), before paging_init, like Linux 2.6.21's vmi_init().
 * The probe scans the ROM area through the kernel's low mapping
 * (rom.c).  init then reserves the address space above the ROM's
 * virtual_top, calls VMI_Init with interrupts off and, if it succeeds,
 * reads get_reloc's answer for every call, takes kernel_rpl from %cs
 * and fills the ops: CALL_REL points the op straight into the ROM,
 * NOP makes it paravirt_nop, NONE keeps native; time.c takes the time
 * calls as a whole.  IRET and SYSEXIT are mandatory.  Any failure is
 * one reason string: the core then boots native with "paravirt: vmi
 * failed to start (...)".  The reservation stays, as in Linux.  On
 * bare hardware our ROM's VMI_Init fails (no host answers its probe);
 * under our VMI host (hv/vmi) it succeeds, and the kernel runs on the
 * ROM's calls from then on, its MMU and lazy-mode ops from mmu.c.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <asm/paravirt.h>
#include <asm/paravirt_patch.h>
#include <asm/paravirt_backend.h>
#include <asm/irqflags.h>
#include <asm/fixmap.h>
#include <asm/page.h>
#include <asm/segment.h>
#include <asm/desc.h>
#include <asm/processor.h>
#include <asm/vmi.h>
#include <linux/vmi_host.h>
#include "vmi.h"

#define ROM_AREA_END	0x100000	/* ROMs may reach up to 1 MiB */
#define OP(x)		PARAVIRT_PATCH(x)

typedef u32 (*vmi_init_fn)(void);
typedef u64 (*vmi_get_reloc_fn)(int call);
typedef void (*vmi_call1_fn)(u32 arg);

static const struct vrom_header *rom;
static unsigned long rom_phys;
static char why[96];
struct vmi_reloc vmi_relocs[VMI_CALL_COUNT];

/*
 * An IRET or SYSEXIT given as CALL_REL is called, not jumped to: the
 * ROM drops the return address.  The ops jump here (unpatched sites,
 * nopvpatch), and these make the call.
 */
unsigned long vmi_iret_eip, vmi_sysexit_eip;
void vmi_iret_call(void);
void vmi_sysexit_call(void);
asm(".pushsection .text\n"
    ".globl vmi_iret_call, vmi_sysexit_call\n"
    "vmi_iret_call:\n\tcall *vmi_iret_eip\n\tud2\n"
    "vmi_sysexit_call:\n\tcall *vmi_sysexit_eip\n\tud2\n"
    ".popsection");

static int vmi_probe(void)
{
	rom_phys = vmi_rom_find(__va(VMI_ROM_SCAN_START), VMI_ROM_SCAN_START,
				VMI_ROM_SCAN_END, ROM_AREA_END);
	if (!rom_phys)
		return 0;
	rom = __va(rom_phys);
	printk(KERN_INFO "vmi: ROM at 0x%05lx: API %u.%u, %u KiB, virtual_top 0x%08x\n",
	       rom_phys, rom->api_version_maj, rom->api_version_min,
	       rom->rom_length / 2, rom->virtual_top);
	return 1;
}

/* --- the ops get_reloc may fill ------------------------------------------- */

/* Ops whose C prototype is the ROM call's regparm convention (4.5). */
static const struct {
	u8 call, op;
	bool result;		/* NOP is no answer for these: native kept */
} direct[] = {
	{ VMI_CALL_GetDR, OP(pv_cpu_ops.get_debugreg), true },
	{ VMI_CALL_SetDR, OP(pv_cpu_ops.set_debugreg), false },
	{ VMI_CALL_CLTS, OP(pv_cpu_ops.clts), false },
	{ VMI_CALL_GetCR0, OP(pv_cpu_ops.read_cr0), true },
	{ VMI_CALL_SetCR0, OP(pv_cpu_ops.write_cr0), false },
	{ VMI_CALL_GetCR4, OP(pv_cpu_ops.read_cr4), true },
	{ VMI_CALL_SetCR4, OP(pv_cpu_ops.write_cr4), false },
	{ VMI_CALL_WBINVD, OP(pv_cpu_ops.wbinvd), false },
	{ VMI_CALL_RDTSC, OP(pv_cpu_ops.read_tsc), true },
	{ VMI_CALL_SetGDT, OP(pv_cpu_ops.load_gdt), false },
	{ VMI_CALL_SetIDT, OP(pv_cpu_ops.load_idt), false },
	{ VMI_CALL_GetGDT, OP(pv_cpu_ops.store_gdt), false },
	{ VMI_CALL_GetIDT, OP(pv_cpu_ops.store_idt), false },
	{ VMI_CALL_SetLDT, OP(pv_cpu_ops.set_ldt), false },
	{ VMI_CALL_GetTR, OP(pv_cpu_ops.store_tr), true },
	{ VMI_CALL_WriteLDTEntry, OP(pv_cpu_ops.write_ldt_entry), false },
	{ VMI_CALL_WriteGDTEntry, OP(pv_cpu_ops.write_gdt_entry), false },
	{ VMI_CALL_WriteIDTEntry, OP(pv_cpu_ops.write_idt_entry), false },
	{ VMI_CALL_SetIOPLMask, OP(pv_cpu_ops.set_iopl_mask), false },
	{ VMI_CALL_IODelay, OP(pv_cpu_ops.io_delay), false },
	{ VMI_CALL_GetInterruptMask, OP(pv_irq_ops.save_fl), true },
	{ VMI_CALL_SetInterruptMask, OP(pv_irq_ops.restore_fl), false },
	{ VMI_CALL_DisableInterrupts, OP(pv_irq_ops.irq_disable), false },
	{ VMI_CALL_EnableInterrupts, OP(pv_irq_ops.irq_enable), false },
	{ VMI_CALL_Halt, OP(pv_irq_ops.safe_halt), false },
	{ VMI_CALL_GetCR2, OP(pv_mmu_ops.read_cr2), true },
	{ VMI_CALL_SetCR2, OP(pv_mmu_ops.write_cr2), false },
	{ VMI_CALL_GetCR3, OP(pv_mmu_ops.read_cr3), true },
	{ VMI_CALL_SetCR3, OP(pv_mmu_ops.write_cr3), false },
	{ VMI_CALL_InvalPage, OP(pv_mmu_ops.flush_tlb_single), false },
};

/* Ops that need a word of ours around the call: one argument, fixed. */
static void vmi_call1(unsigned int call, u32 arg)
{
	((vmi_call1_fn)vmi_entry(call))(arg);
}

static void vmi_load_tr_desc(void)
{
	vmi_call1(VMI_CALL_SetTR, __TSS_SEL);
}

static void vmi_flush_tlb_user(void)
{
	vmi_call1(VMI_CALL_FlushTLB, VMI_FLUSH_TLB);
}

static void vmi_flush_tlb_kernel(void)
{
	vmi_call1(VMI_CALL_FlushTLB, VMI_FLUSH_TLB | VMI_FLUSH_GLOBAL);
}

static const struct {
	u8 call, op;
	void (*wrapper)(void);
} wrapped[] = {
	{ VMI_CALL_SetTR, OP(pv_cpu_ops.load_tr_desc), vmi_load_tr_desc },
	{ VMI_CALL_FlushTLB, OP(pv_mmu_ops.flush_tlb_user), vmi_flush_tlb_user },
	{ VMI_CALL_FlushTLB, OP(pv_mmu_ops.flush_tlb_kernel),
	  vmi_flush_tlb_kernel },
};

static void fill_direct(unsigned int i)
{
	const struct vmi_reloc *r = &vmi_relocs[direct[i].call];
	void **slot = paravirt_op_slot(direct[i].op);

	if (r->type == VMI_RELOCATION_CALL_REL)
		*slot = (void *)r->eip;
	else if (r->type == VMI_RELOCATION_NOP && !direct[i].result)
		*slot = (void *)paravirt_nop;
	else if (r->type != VMI_RELOCATION_NONE &&
		 r->type != VMI_RELOCATION_NOP)
		printk(KERN_WARNING "vmi: call %u: relocation type %u is no use here; native kept\n",
		       direct[i].call, r->type);
}

/*
 * load_esp0: the TSS's copy, and UpdateKernelStack(ss, esp0): the stack
 * the hypervisor puts traps from user mode on (section 4.5).
 */
static void vmi_load_esp0(struct tss_struct *tss, struct thread_struct *t)
{
	tss->x86_tss.esp0 = t->esp0;
	((void (*)(u32, u32))vmi_entry(VMI_CALL_UpdateKernelStack))(
		__KERNEL_DS, t->esp0);
}

/*
 * load_tls: as Linux's VMI guest, only the TLS descriptors that changed,
 * each through write_gdt_entry (the ROM's WriteGDTEntry): the GDT the
 * CPU uses is the hypervisor's copy.
 */
static void vmi_load_tls(const struct thread_struct *t, unsigned int cpu)
{
	struct desc_struct *g = &gdt_table[GDT_ENTRY_TLS_MIN];
	unsigned int i;

	(void)cpu;
	for (i = 0; i < GDT_ENTRY_TLS_ENTRIES; i++)
		if (memcmp(&g[i], &t->tls_array[i], sizeof(g[i])))
			paravirt_write_gdt_entry(gdt_table, GDT_ENTRY_TLS_MIN + i,
						 (u32)t->tls_array[i],
						 (u32)(t->tls_array[i] >> 32));
}

/* cpuid: the ROM's CPUID, registers in and out (section 4.6). */
static void vmi_cpuid(u32 *eax, u32 *ebx, u32 *ecx, u32 *edx)
{
	asm volatile("call *%4"
		     : "+a"(*eax), "=b"(*ebx), "+c"(*ecx), "=d"(*edx)
		     : "m"(vmi_relocs[VMI_CALL_CPUID].eip)
		     : "memory");
}

static void fill_ops(void)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(direct); i++)
		fill_direct(i);
	for (i = 0; i < ARRAY_SIZE(wrapped); i++)
		if (vmi_has(wrapped[i].call))
			*paravirt_op_slot(wrapped[i].op) = (void *)wrapped[i].wrapper;
	if (vmi_has(VMI_CALL_UpdateKernelStack))
		pv_cpu_ops.load_esp0 = vmi_load_esp0;
	if (vmi_has(VMI_CALL_CPUID))
		pv_cpu_ops.cpuid = vmi_cpuid;
	if (vmi_has(VMI_CALL_WriteGDTEntry))
		pv_cpu_ops.load_tls = vmi_load_tls;
	vmi_mmu_fill();
}

/* IRET and SYSEXIT: a call or a jump into the ROM, or no VMI at all. */
static const char *fill_return(unsigned int call, const char *name,
			       unsigned long *eip, void (*thunk)(void), u8 op)
{
	const struct vmi_reloc *r = &vmi_relocs[call];

	if (r->type == VMI_RELOCATION_JUMP_REL) {
		*paravirt_op_slot(op) = (void *)r->eip;
	} else if (r->type == VMI_RELOCATION_CALL_REL) {
		*eip = r->eip;
		*paravirt_op_slot(op) = (void *)thunk;
	} else {
		snprintf(why, sizeof(why),
			 "the ROM's get_reloc gives type %u for %s, which is mandatory",
			 r->type, name);
		return why;
	}
	return NULL;
}

/* --- init ------------------------------------------------------------------ */

static struct pv_info vmi_info = {
	.paravirt_enabled = 1,
	.name = "vmi",
};

/*
 * For the benchmarks (paravirt_hv_exits()): our host's exit count, if
 * the ROM offers it (pv386's VMI_HOST_CALL_STATS; a VMware ROM does
 * not).  Each reading is an exit itself: those are taken off.
 */
static unsigned long vmi_stats_eip;

static unsigned long vmi_hv_exits(void)
{
	static unsigned long reads;

	if (!vmi_stats_eip)
		return 0;
	return ((unsigned long (*)(void))vmi_stats_eip)() - ++reads;
}

/* After a good VMI_Init: the relocations, the mandatory calls, the ops. */
static const char *activate(void)
{
	vmi_get_reloc_fn get_reloc = (vmi_get_reloc_fn)rom->get_reloc;
	const char *err;
	unsigned int i, cs;

	for (i = 0; i < VMI_CALL_COUNT; i++) {
		u64 r = get_reloc(i);

		vmi_relocs[i].eip = (u32)r;
		vmi_relocs[i].type = (u8)(r >> 32);
	}
	{
		u64 r = get_reloc(VMI_HOST_CALL_STATS);

		if ((u8)(r >> 32) == VMI_RELOCATION_CALL_REL)
			vmi_stats_eip = (u32)r;
	}
	err = fill_return(VMI_CALL_IRET, "IRET", &vmi_iret_eip,
			  vmi_iret_call, OP(pv_cpu_ops.iret));
	if (!err)
		err = fill_return(VMI_CALL_SYSEXIT, "SYSEXIT", &vmi_sysexit_eip,
				  vmi_sysexit_call,
				  OP(pv_cpu_ops.irq_enable_sysexit));
	if (err)
		return err;
	asm volatile("movl %%cs, %0" : "=r" (cs));
	vmi_info.kernel_rpl = cs & 3;
	pv_info = vmi_info;
	pv_init_ops.patch = vmi_patch;
	fill_ops();
	vmi_time_setup();
	return NULL;
}

static const char *vmi_result(u32 err)
{
	switch (err) {
	case VMI_INIT_NO_HOST:
		return "no host answered";
	case VMI_INIT_REFUSED:
		return "the host refused";
	default:
		return "an unknown error";
	}
}

static const char *vmi_init(void)
{
	const char *reason = NULL;
	unsigned long flags;
	u32 err;

	/* Before paging_init, which builds the fixmap below it. */
	if (rom->virtual_top)
		reserve_top_address(-(unsigned long)rom->virtual_top);
	local_irq_save(flags);
	err = ((vmi_init_fn)rom->vmi_init)();
	if (!err)
		reason = activate();
	local_irq_restore(flags);
	if (err) {
		snprintf(why, sizeof(why), "VMI_Init returned %u: %s", err,
			 vmi_result(err));
		return why;
	}
	return reason;
}

const struct pv_backend vmi_backend = {
	.name = "vmi",
	.probe = vmi_probe,
	.hv_exits = vmi_hv_exits,
	.init = vmi_init,
};
