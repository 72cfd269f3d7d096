/*
 * Native paravirt backend: how each call site is patched
 *
 * apply_paravirt() asks native_patch() about every site.  Ops with a
 * template in head.S are inlined, padded with prefixes so the site runs
 * exactly the template's instructions (iret's padding is never reached,
 * so it is copied plain), provided the template changes no register the
 * site must keep; everything else goes to the core's default policy:
 * no-op ops become NOPs, the others a direct call.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <asm/paravirt.h>
#include <asm/paravirt_patch.h>
#include "native.h"

#define TEMPLATE(op, ops, prefixable, clobbers) {			\
	PARAVIRT_PATCH(ops.op), prefixable, clobbers,			\
	start_native_##op, end_native_##op }
#define EXTERN_TEMPLATE(op)						\
	extern const u8 start_native_##op[], end_native_##op[]

EXTERN_TEMPLATE(irq_disable);
EXTERN_TEMPLATE(irq_enable);
EXTERN_TEMPLATE(safe_halt);
EXTERN_TEMPLATE(halt);
EXTERN_TEMPLATE(iret);
EXTERN_TEMPLATE(irq_enable_sysexit);
EXTERN_TEMPLATE(read_cr0);
EXTERN_TEMPLATE(write_cr0);
EXTERN_TEMPLATE(read_cr2);
EXTERN_TEMPLATE(read_cr3);
EXTERN_TEMPLATE(write_cr3);
EXTERN_TEMPLATE(read_cr4);
EXTERN_TEMPLATE(write_cr4);
EXTERN_TEMPLATE(clts);
EXTERN_TEMPLATE(wbinvd);
EXTERN_TEMPLATE(read_tsc);
EXTERN_TEMPLATE(flush_tlb_user);
EXTERN_TEMPLATE(flush_tlb_single);
EXTERN_TEMPLATE(set_pte);
EXTERN_TEMPLATE(set_pmd);
EXTERN_TEMPLATE(set_pte_at);
EXTERN_TEMPLATE(load_esp0);
EXTERN_TEMPLATE(io_delay);
EXTERN_TEMPLATE(store_tr);
EXTERN_TEMPLATE(load_tls);

static const struct {
	u8 type;
	bool prefixable;	/* first instruction takes DS prefixes */
	u16 clobbers;		/* registers the template changes */
	const u8 *start, *end;
} templates[] = {
	TEMPLATE(irq_disable, pv_irq_ops, true, CLBR_NONE),
	TEMPLATE(irq_enable, pv_irq_ops, true, CLBR_NONE),
	TEMPLATE(safe_halt, pv_irq_ops, true, CLBR_NONE),
	TEMPLATE(halt, pv_irq_ops, true, CLBR_NONE),
	TEMPLATE(iret, pv_cpu_ops, false, CLBR_ANY),		/* a branch */
	TEMPLATE(irq_enable_sysexit, pv_cpu_ops, true, CLBR_ANY),	/* prefixes on sti */
	TEMPLATE(read_cr0, pv_cpu_ops, true, CLBR_EAX),
	TEMPLATE(write_cr0, pv_cpu_ops, true, CLBR_NONE),
	TEMPLATE(read_cr2, pv_mmu_ops, true, CLBR_EAX),
	TEMPLATE(read_cr3, pv_mmu_ops, true, CLBR_EAX),
	TEMPLATE(write_cr3, pv_mmu_ops, true, CLBR_NONE),
	TEMPLATE(read_cr4, pv_cpu_ops, true, CLBR_EAX),
	TEMPLATE(write_cr4, pv_cpu_ops, true, CLBR_NONE),
	TEMPLATE(clts, pv_cpu_ops, true, CLBR_NONE),
	TEMPLATE(wbinvd, pv_cpu_ops, true, CLBR_NONE),
	TEMPLATE(read_tsc, pv_cpu_ops, true, CLBR_EAX | CLBR_EDX),
	TEMPLATE(flush_tlb_user, pv_mmu_ops, true, CLBR_EAX),
	TEMPLATE(flush_tlb_single, pv_mmu_ops, true, CLBR_NONE),
	TEMPLATE(set_pte, pv_mmu_ops, true, CLBR_NONE),
	TEMPLATE(set_pmd, pv_mmu_ops, true, CLBR_NONE),
	TEMPLATE(set_pte_at, pv_mmu_ops, true, CLBR_NONE),
	TEMPLATE(load_esp0, pv_cpu_ops, true, CLBR_EDX),
	TEMPLATE(io_delay, pv_cpu_ops, true, CLBR_NONE),
	TEMPLATE(store_tr, pv_cpu_ops, true, CLBR_EAX),
	TEMPLATE(load_tls, pv_cpu_ops, true, CLBR_ECX | CLBR_EDX),
};

/*
 * save_fl and restore_fl: pushfl; popl %reg and pushl %reg; popfl, in
 * the register the site chose, prefixed to the site's length.
 */
static unsigned int patch_flags(u8 type, void *buf, unsigned int len)
{
	u8 code[2];
	int reg;

	if (type == PARAVIRT_PATCH(pv_irq_ops.save_fl)) {
		reg = paravirt_save_fl_reg(buf, len);
		code[0] = 0x9c;			/* pushfl */
		code[1] = 0x58 + reg;		/* popl %reg */
	} else {
		reg = paravirt_restore_fl_reg(buf, len);
		code[0] = 0x50 + reg;		/* pushl %reg */
		code[1] = 0x9d;			/* popfl */
	}
	if (reg < 0)
		return len;
	return paravirt_patch_insns_prefixed(buf, len, code, code + 2);
}

unsigned int native_patch(u8 type, u16 clobbers, void *buf,
			  unsigned long addr, unsigned int len)
{
	unsigned int i;

	if (type == PARAVIRT_PATCH(pv_irq_ops.save_fl) ||
	    type == PARAVIRT_PATCH(pv_irq_ops.restore_fl))
		return patch_flags(type, buf, len);

	for (i = 0; i < ARRAY_SIZE(templates); i++) {
		const u8 *s = templates[i].start, *e = templates[i].end;

		/* Inline only what fits and keeps to the site's contract. */
		if (templates[i].type != type || e - s > len ||
		    (templates[i].clobbers & ~CLBR_REGS(clobbers)))
			continue;
		return templates[i].prefixable ?
			paravirt_patch_insns_prefixed(buf, len, s, e) :
			paravirt_patch_insns(buf, len, s, e);
	}
	return paravirt_patch_default(type, clobbers, buf, addr, len);
}
