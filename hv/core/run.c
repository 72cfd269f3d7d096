/*
 * Hypervisor core: running the guest, and how its run ends
 *
 * guest_core_init() takes the guest's memory (cleared, at a 4 MiB
 * boundary) and sets up the pages the guest shares with the host (the
 * state page with its GDT, IDT and TSS, the regs page the switcher
 * saves it in) and the shadow MMU.  guest_run() is the loop:
 * let the ABI prepare the entry (deferred hypercalls, interrupts to
 * deliver), check the frame the switcher will pop, enter the guest and
 * hand the exit to trap.c.  The run ends in guest_stop() (the guest
 * powered off or crashed) or guest_kill() (the host refused it), each
 * with one line saying why and an exit status for the harness.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/string.h>
#include "hv.h"
#include "guest.h"

struct guest guest;
struct hv_state hv_state __attribute__((section(".bss.page"), aligned(4096)));
u8 hv_regs_page[PAGE_SIZE]
	__attribute__((section(".bss.page"), aligned(4096)));
u32 hv_host_pgd[1024] __attribute__((section(".bss.page"), aligned(4096)));
u32 hv_host_pt[1024] __attribute__((section(".bss.page"), aligned(4096)));
u32 hv_host_esp;

void switch_to_guest(u32 shadow_cr3);

u32 guest_core_init(const struct hv_abi *abi, u32 mem_size,
		    unsigned int hypercall_vector)
{
	u32 base = mem_reserve(mem_size, 4u << 20);
	u8 *mem;

	if (!base)
		bad_guest("mem=%uM does not fit: %u MiB are free",
			  mem_size >> 20, mem_free_bytes() >> 20);
	mem = phys_to_virt(base);
	clear_words(mem, mem_size);
	guest.abi = abi;
	guest.mem = mem;
	guest.mem_size = mem_size;
	guest.hypercall_vector = hypercall_vector;
	guest.state = &hv_state;
	guest.regs = (struct guest_regs *)(hv_regs_page + PAGE_SIZE) - 1;
	hv_state.host_cr3 = hv_virt_to_phys(hv_host_pgd);
	guest_gdt_init();
	guest_idt_init();
	shadow_init();
	return base;
}

void guest_kill(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	hv_vline("guest killed: ", fmt, ap);
	va_end(ap);
	hv_exit(HV_EXIT_KILLED);
}

void guest_stop(int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	hv_vline("", fmt, ap);
	va_end(ap);
	hv_exit(status);
}

void guest_run(void)
{
	struct guest_regs *r = guest.regs;
	const char *bad;
	u32 cr0;

	for (;;) {
		guest.abi->prepare();
		bad = guest_check_frame(r);
		if (bad)
			guest_kill("cannot resume it at %#x: %s", r->eip, bad);
		cr0 = read_cr0();
		if (!!(cr0 & X86_CR0_TS) != guest.ts)
			write_cr0(cr0 ^ X86_CR0_TS);
		switch_to_guest(shadow_cr3());
		if (r->trapnum == 14)
			guest.cr2 = read_cr2();
		guest.exits++;
		guest.exit_by_vector[r->trapnum & 0xff]++;
		guest_handle_exit();
	}
}

/*
 * Wait, interrupts on, until ready() says the guest has something to
 * do (an interrupt to take): its HALT.
 */
void guest_wait(bool (*ready)(void))
{
	while (!ready())
		asm volatile("sti; hlt; cli" : : : "memory");
}
