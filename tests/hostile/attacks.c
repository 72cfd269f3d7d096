/*
 * Hostile guests: the attacks, one per run, named on the command line
 *
 * tests/hostile/list says how the host must end each one (tests/boot/
 * hostile.t boots them): killed with a named reason, or a fault
 * delivered to the guest's own handler (lib.c's trap()), or, for port
 * I/O, emulated.  An attack that returns means the host let it pass.
 * SPDX-License-Identifier: GPL-2.0
 */
#include "hostile.h"

/*
 * The host's 4 MiB: the last page is never the host's image (hv.lds
 * keeps it under 3 MiB), so never mapped for a guest; the switcher's
 * first page follows the one-page .boot.  The regs page moves with the
 * host's BSS: hostile.t passes its address (nm build/lhype).
 */
#define HOST_DATA	0xfffff000ul
#define SWITCHER	0xffc01000ul
#define REGS_PAGE	attack_arg
#define OUTSIDE		0x7ff00000ul	/* beyond any guest's memory */

static unsigned long pgd[1024] __attribute__((aligned(4096)));
static unsigned long pt0[1024] __attribute__((aligned(4096)));
static unsigned long pt1[1024] __attribute__((aligned(4096)));
static unsigned char user_stack[4096] __attribute__((aligned(16)));
static unsigned char ring1_stack[4096] __attribute__((aligned(16)));

/* Barriers: the page-table stores before must happen before. */
static unsigned long peek(unsigned long a)
{
	unsigned long v;

	asm volatile("movl (%1), %0" : "=r"(v) : "r"(a) : "memory");
	return v;
}

static void poke(unsigned long a, unsigned long v)
{
	asm volatile("movl %1, (%0)" : : "r"(a), "r"(v) : "memory");
}

/* Our own page tables: the first 4 MiB of RAM at PAGE_OFFSET. */
static void own_page_tables(void)
{
	unsigned int i;

	for (i = 0; i < 1024; i++)
		pt0[i] = i * 4096 | 7;
	pgd[PAGE_OFFSET >> 22] = __pa(pt0) | 7;
	hcall(LHCALL_NEW_PGTABLE, __pa(pgd), 0, 0);
}

static void user(void (*fn)(void))
{
	hcall(LHCALL_SET_STACK, LGUEST_KERNEL_DS, (unsigned long)ring1_stack +
	      sizeof(ring1_stack), 1);
	to_user((unsigned long)fn, (unsigned long)user_stack +
		sizeof(user_stack));
}

/* --- host memory ------------------------------------------------------------ */

static void read_host(void) { peek(HOST_DATA); }
static void write_host(void) { poke(HOST_DATA, 0x41414141); }
static void read_switcher(void) { peek(SWITCHER); }
static void write_regs_page(void) { poke(REGS_PAGE + 4092, 0); }
static void u_read_host(void) { peek(HOST_DATA); }
static void u_read_switcher(void) { peek(SWITCHER); }
static void user_read_host(void) { user(u_read_host); }
static void user_read_switcher(void) { user(u_read_switcher); }

/* A data segment based at 256 MiB, 4 GiB long: its top wraps into ours. */
static void big_segment(void)
{
	gdt[20] = (struct desc){ 0x0000ffff, 0x10cff300 };
	hcall(LHCALL_LOAD_GDT, __pa(gdt), 32, 0);
	asm volatile("movl $0xa3, %%eax; movl %%eax, %%fs; "
		     "movl %%fs:(%0), %%eax"
		     : : "r"(SWITCHER - 0x10000000ul) : "eax", "memory");
}

/* --- page tables ------------------------------------------------------------ */

static void pte_outside(void)
{
	own_page_tables();
	pt1[0] = OUTSIDE | 7;
	pgd[0x100] = __pa(pt1) | 7;
	peek(0x40000000);
}

static void pmd_outside(void)
{
	own_page_tables();
	pgd[0x100] = OUTSIDE | 7;
	peek(0x40000000);
}

static void pde_host(void)
{
	own_page_tables();
	pgd[1023] = __pa(pt0) | 7;
	hcall(LHCALL_SET_PMD, __pa(pgd), 1023, 0);
	peek(HOST_DATA);
}

static void pse_page(void)
{
	own_page_tables();
	pgd[0x100] = 0x00000087;
	peek(0x40000000);
}

/* --- descriptors -------------------------------------------------------------- */

static void far_jump(unsigned int sel)
{
	struct { unsigned long off; unsigned short sel; } __attribute__((packed))
		p = { 0, sel };

	asm volatile("movl $1f, %0; ljmp *%1; 1:" : "+m"(p.off) : "m"(p));
}

static void gdt_dpl0(void)
{
	unsigned int cs;

	gdt[20] = (struct desc){ 0x0000ffff, 0x00cf9b00 };	/* DPL 0 */
	hcall(LHCALL_LOAD_GDT, __pa(gdt), 32, 0);
	far_jump(20 * 8);		/* RPL 0: the CPU makes it ring 1 */
	asm volatile("movl %%cs, %0" : "=r"(cs));
	asm volatile("cli");
}

static void gdt_callgate(void)
{
	gdt[20] = (struct desc){ 0x00500000, 0x0000ec00 };	/* to 0x50 */
	hcall(LHCALL_LOAD_GDT, __pa(gdt), 32, 0);
}

static void gdt_host_slot(void)
{
	gdt[10] = (struct desc){ 0x0000ffff, 0x00cffb00 };	/* DPL 3 */
	hcall(LHCALL_LOAD_GDT, __pa(gdt), 32, 0);
	far_jump(LGUEST_CS);
}

static void gdt_expand_down(void)
{
	gdt[20] = (struct desc){ 0x00000000, 0x00c0b700 };
	hcall(LHCALL_LOAD_GDT, __pa(gdt), 32, 0);
}

static void gdt_drop_cs(void)
{
	gdt[12] = (struct desc){ 0, 0 };
	hcall(LHCALL_LOAD_GDT, __pa(gdt), 32, 0);
}

static void ring0_handler(void)
{
	unsigned int cs;

	asm volatile("movl %%cs, %0" : "=r"(cs));
	puts("hostile: int $0x40 handled in ring ");
	putu(cs & 3, 10);
	puts("\n");
	power_off(0);
}

static void idt_callgate(void)
{
	hcall(LHCALL_LOAD_IDT_ENTRY, 0x40, 0x00500000, 0x0000ec00);
}

static void idt_ring0_sel(void)
{
	unsigned long h = (unsigned long)ring0_handler;

	hcall(LHCALL_LOAD_IDT_ENTRY, 0x40, (h & 0xffff) | (LGUEST_CS << 16),
	      (h & 0xffff0000) | 0xae00);	/* DPL 1 interrupt gate */
	asm volatile("int $0x40");
}

static void idt_vector(void)
{
	hcall(LHCALL_LOAD_IDT_ENTRY, 1000, 0, 0x8e00);
}

/* --- privileged instructions ---------------------------------------------------- */

static unsigned long zero[2];

static void i_lgdt(void) { asm volatile("lgdt %0" : : "m"(zero)); }
static void i_lidt(void) { asm volatile("lidt %0" : : "m"(zero)); }
static void i_lldt(void) { asm volatile("lldt %w0" : : "r"(0)); }
static void i_ltr(void) { asm volatile("ltr %w0" : : "r"(0x80)); }
static void i_cr0(void) { asm volatile("movl %0, %%cr0" : : "r"(0x80000011ul)); }
static void i_cr3(void) { asm volatile("movl %0, %%cr3" : : "r"(0ul)); }
static void i_dr7(void) { asm volatile("movl %0, %%db7" : : "r"(0ul)); }
static void i_wrmsr(void) { asm volatile("wrmsr" : : "c"(0x174), "a"(0x50), "d"(0)); }
static void i_hlt(void) { asm volatile("hlt"); }
static void i_cli(void) { asm volatile("cli"); }
static void i_in(void) { unsigned char v; asm volatile("inb $0x71, %0" : "=a"(v)); }
static void i_out(void) { asm volatile("outb %0, $0xf4" : : "a"((unsigned char)0x42)); }
static void i_int1f(void) { asm volatile("int $0x1f" : : "a"(LHCALL_CRASH), "d"(0)); }

static void port_io(void)
{
	unsigned char v;

	asm volatile("outb %0, $0xf4" : : "a"((unsigned char)0x42));
	asm volatile("outb %0, %%dx" : : "a"((unsigned char)0x43), "d"(0xf4));
	asm volatile("inb %%dx, %0" : "=a"(v) : "d"(0x3f8));
	if (v == 0xff)
		puts("hostile: port I/O emulated\n");
	power_off(0);
}

#define RING3(n) static void u_##n(void) { user(n); }
RING3(i_lgdt) RING3(i_lidt) RING3(i_lldt) RING3(i_ltr) RING3(i_cr0)
RING3(i_cr3) RING3(i_dr7) RING3(i_wrmsr) RING3(i_hlt) RING3(i_cli)
RING3(i_in) RING3(i_out) RING3(i_int1f)

/* --- hypercall arguments ------------------------------------------------------- */

static void h_before_init(void) { hcall(LHCALL_LOAD_GDT, __pa(gdt), 32, 0); }
static void h_init_twice(void) { hcall(LHCALL_LGUEST_INIT, __pa(&lguest_data), 0, 0); }
static void h_init_outside(void) { hcall(LHCALL_LGUEST_INIT, 0xfffff000, 0, 0); }
static void h_init_unaligned(void) { hcall(LHCALL_LGUEST_INIT, __pa(&lguest_data) + 1, 0, 0); }
static void h_crash_outside(void) { hcall(LHCALL_CRASH, 0xfffffff0, 0, 0); }
static void h_gdt_outside(void) { hcall(LHCALL_LOAD_GDT, OUTSIDE, 32, 0); }
static void h_gdt_wrap(void) { hcall(LHCALL_LOAD_GDT, 0xfffffff8, 32, 0); }
static void h_gdt_huge(void) { hcall(LHCALL_LOAD_GDT, __pa(gdt), 0x20000001, 0); }
static void h_pgtable_outside(void) { hcall(LHCALL_NEW_PGTABLE, OUTSIDE, 0, 0); }
static void h_stack_ring0(void) { hcall(LHCALL_SET_STACK, LGUEST_DS, 0xc0200000, 1); }
static void h_stack_pages(void) { hcall(LHCALL_SET_STACK, LGUEST_KERNEL_DS, 0xc0200000, 3); }
static void h_dma_outside(void) { hcall(LHCALL_SEND_DMA, 0, 0xffffffc0, 0); }
static void h_bind_outside(void) { hcall(LHCALL_BIND_DMA, 0, OUTSIDE, (4 << 8) | 1); }
static void h_tls_outside(void) { hcall(LHCALL_LOAD_TLS, 0xfffffff0, 0, 0); }
static void h_unknown(void) { hcall(99, 0, 0, 0); }
static void h_pending_unaligned(void) { hcall(LHCALL_PV386_IRQ_PENDING, 2, 0, 0); }

static struct lguest_dma dma;

static void h_dma_section(void)
{
	dma.addr[0] = OUTSIDE;
	dma.len[0] = 16;
	hcall(LHCALL_SEND_DMA, 0, __pa(&dma), 0);
}

static void h_dma_cross(void)
{
	dma.addr[0] = 0x1ff8;
	dma.len[0] = 16;
	hcall(LHCALL_SEND_DMA, 0, __pa(&dma), 0);
}

/* The section is the descriptor itself: harmless, but used_len must hold. */
static void h_dma_overlap(void)
{
	dma.addr[0] = __pa(&dma);
	dma.len[0] = 1;			/* its used_len's first byte */
	dma.len[1] = 0;
	hcall(LHCALL_SEND_DMA, 0, __pa(&dma), 0);
	if (dma.used_len == 1)
		puts("\nhostile: overlap handled\n");
	power_off(0);
}

static void h_tls_callgate(void)
{
	static struct desc tls[3] = { { 0x00500000, 0x0000ec00 } };

	hcall(LHCALL_LOAD_TLS, __pa(tls), 0, 0);
}

/* --- the ring, faults, interrupts ---------------------------------------------- */

static void ring_garbage(void)
{
	unsigned int i;

	for (i = 0; i < LHCALL_RING_SIZE; i++) {
		lguest_data.hcalls[i].eax = 0xdeadbeef;
		lguest_data.hcall_status[i] = 0x42;
	}
	hcall(LHCALL_FLUSH_ASYNC, 0, 0, 0);
}

static void ring_bad_gdt(void)
{
	lguest_data.hcalls[0] = (struct hcall_args){ LHCALL_LOAD_GDT,
						     0xfffffff0, 32, 0 };
	lguest_data.hcall_status[0] = 0;
	hcall(LHCALL_FLUSH_ASYNC, 0, 0, 0);
}

/* 100000 faults on the host's area, each delivered and skipped. */
static void pf_storm(void)
{
	storm_left = 100000;
	storm_skip = 2;			/* movl (%eax), %edx */
	while (storm_left)
		asm volatile(".byte 0x8b, 0x10" : : "a"(HOST_DATA)
			     : "edx", "memory");
	puts("hostile: 100000 page faults delivered\n");
	power_off(0);
}

static void irq_never(void)
{
	set_gate(0x20, (unsigned long)irq_never, 0xe, 1);
	lguest_data.blocked_interrupts = 0;
	lguest_data.irq_enabled = 0;
	hcall(LHCALL_SET_CLOCKEVENT, 1000000, 0, 0);
	for (;;)
		;
}

/*
 * Interrupts on, the timer due, and a long spin inside the noirq window:
 * the host must hold the interrupt until EIP leaves it (lguest_iret's
 * flag copy and iret sit in such a window).
 */
extern const char window_start[], window_end[];

static void noirq_window(void)
{
	unsigned long n = 20000000, spins;

	lguest_data.noirq_start = (unsigned long)window_start;
	lguest_data.noirq_end = (unsigned long)window_end;
	set_gate(LGUEST_IRQ_VECTOR_BASE, (unsigned long)trap_stubs +
		 LGUEST_IRQ_VECTOR_BASE * 16, 0xe, 1);
	count_irqs = 1;
	lguest_data.blocked_interrupts = 0;
	lguest_data.irq_enabled = 0x200;
	hcall(LHCALL_SET_CLOCKEVENT, 1000000, 0, 0);	/* 1 ms */
	asm volatile(".globl window_start\nwindow_start:\n"
		     "1: decl %0; jnz 1b\n"
		     ".globl window_end\nwindow_end:"
		     : "+r"(n) : : "memory");
	for (spins = 0; !irqs_counted && spins < 200000000; spins++)
		asm volatile("" : : : "memory");
	if (!irqs_counted)
		puts("hostile: no interrupt at all\n");
	else if (irqs_in_window)
		puts("hostile: an interrupt inside the noirq window\n");
	else
		puts("hostile: noirq window respected\n");
	power_off(irqs_counted && !irqs_in_window ? 0 : 1);
}

static void halt_blocked(void)
{
	lguest_data.irq_enabled = 0;
	hcall(LHCALL_HALT, 0, 0, 0);
}

const struct attack attacks[] = {
	{ "read-host", read_host, 0 },
	{ "write-host", write_host, 0 },
	{ "read-switcher", read_switcher, 0 },
	{ "write-regs-page", write_regs_page, 0 },
	{ "user-read-host", user_read_host, 0 },
	{ "user-read-switcher", user_read_switcher, 0 },
	{ "big-segment", big_segment, 0 },
	{ "pte-outside", pte_outside, 0 },
	{ "pmd-outside", pmd_outside, 0 },
	{ "pde-host", pde_host, 0 },
	{ "pse-page", pse_page, 0 },
	{ "gdt-dpl0", gdt_dpl0, 0 },
	{ "gdt-callgate", gdt_callgate, 0 },
	{ "gdt-host-slot", gdt_host_slot, 0 },
	{ "gdt-expand-down", gdt_expand_down, 0 },
	{ "gdt-drop-cs", gdt_drop_cs, 0 },
	{ "idt-callgate", idt_callgate, 0 },
	{ "idt-ring0-sel", idt_ring0_sel, 0 },
	{ "idt-vector", idt_vector, 0 },
	{ "lgdt", i_lgdt, 0 }, { "lidt", i_lidt, 0 }, { "lldt", i_lldt, 0 },
	{ "ltr", i_ltr, 0 }, { "mov-cr0", i_cr0, 0 }, { "mov-cr3", i_cr3, 0 },
	{ "mov-dr7", i_dr7, 0 }, { "wrmsr", i_wrmsr, 0 }, { "hlt", i_hlt, 0 },
	{ "cli", i_cli, 0 }, { "port-io", port_io, 0 },
	{ "user-lgdt", u_i_lgdt, 0 }, { "user-lidt", u_i_lidt, 0 },
	{ "user-lldt", u_i_lldt, 0 }, { "user-ltr", u_i_ltr, 0 },
	{ "user-mov-cr0", u_i_cr0, 0 }, { "user-mov-cr3", u_i_cr3, 0 },
	{ "user-mov-dr7", u_i_dr7, 0 }, { "user-wrmsr", u_i_wrmsr, 0 },
	{ "user-hlt", u_i_hlt, 0 }, { "user-cli", u_i_cli, 0 },
	{ "user-in", u_i_in, 0 }, { "user-out", u_i_out, 0 },
	{ "user-int1f", u_i_int1f, 0 },
	{ "hcall-before-init", h_before_init, 1 },
	{ "init-twice", h_init_twice, 0 },
	{ "init-outside", h_init_outside, 1 },
	{ "init-unaligned", h_init_unaligned, 1 },
	{ "crash-outside", h_crash_outside, 0 },
	{ "gdt-outside", h_gdt_outside, 0 },
	{ "gdt-wrap", h_gdt_wrap, 0 },
	{ "gdt-huge", h_gdt_huge, 0 },
	{ "pgtable-outside", h_pgtable_outside, 0 },
	{ "stack-ring0", h_stack_ring0, 0 },
	{ "stack-pages", h_stack_pages, 0 },
	{ "dma-outside", h_dma_outside, 0 },
	{ "dma-section", h_dma_section, 0 },
	{ "dma-cross", h_dma_cross, 0 },
	{ "dma-overlap", h_dma_overlap, 0 },
	{ "bind-outside", h_bind_outside, 0 },
	{ "tls-outside", h_tls_outside, 0 },
	{ "tls-callgate", h_tls_callgate, 0 },
	{ "unknown-hcall", h_unknown, 0 },
	{ "pending-unaligned", h_pending_unaligned, 0 },
	{ "ring-garbage", ring_garbage, 0 },
	{ "ring-bad-gdt", ring_bad_gdt, 0 },
	{ "pf-storm", pf_storm, 0 },
	{ "irq-never", irq_never, 0 },
	{ "halt-blocked", halt_blocked, 0 },
	{ "noirq-window", noirq_window, 0 },
	{ NULL, NULL, 0 },
};
