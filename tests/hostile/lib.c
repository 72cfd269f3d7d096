/*
 * Hostile guests: hypercalls, console, traps, and the common start
 *
 * The hostile guest is a small freestanding program the lhype host
 * starts the lguest way.  guest_main() makes LGUEST_INIT, installs trap
 * handlers, reads the attack's name from its command line and runs it
 * (attacks.c).  An attack should never return: the host must kill the
 * guest with a reason, or deliver a fault, which trap() reports as
 * "hostile: trap N from ring R" before powering off with status 0.  If
 * the attack returns, the guest says so and powers off with status 1:
 * the host let it through.
 * SPDX-License-Identifier: GPL-2.0
 */
#include "hostile.h"

struct lguest_data lguest_data __attribute__((aligned(4096)));
struct desc gdt[32] __attribute__((aligned(8)));
extern const char trap_stubs[];
unsigned long storm_left, storm_skip;
unsigned long attack_arg;		/* a number after the name, if any */
volatile int count_irqs;		/* trap(): count timer interrupts */

unsigned long hcall(unsigned long call, unsigned long a1, unsigned long a2,
		    unsigned long a3)
{
	unsigned long ret;

	asm volatile("int $0x1f"
		     : "=a"(ret)
		     : "a"(call), "d"(a1), "b"(a2), "c"(a3)
		     : "memory");
	return ret;
}

unsigned int strlen(const char *s)
{
	unsigned int n = 0;

	while (s[n])
		n++;
	return n;
}

int strcmp(const char *a, const char *b)
{
	while (*a && *a == *b) {
		a++;
		b++;
	}
	return *a - *b;
}

void puts(const char *s)
{
	static struct lguest_dma dma;

	dma.used_len = 0;
	dma.addr[0] = __pa(s);
	dma.len[0] = strlen(s);
	dma.len[1] = 0;
	hcall(LHCALL_SEND_DMA, LGUEST_CONSOLE_DMA_KEY, __pa(&dma), 0);
}

void putu(unsigned long v, int base)
{
	char buf[12], *p = buf + sizeof(buf) - 1;

	*p = 0;
	do {
		*--p = "0123456789abcdef"[v % base];
		v /= base;
	} while (v);
	if (base == 16) {
		*--p = 'x';
		*--p = '0';
	}
	puts(p);
}

void power_off(int status)
{
	static char msg[] = "Power down (status 0)";

	msg[19] = '0' + status;
	hcall(LHCALL_CRASH, __pa(msg), 0, 0);
}

void set_gate(unsigned int v, unsigned long handler, unsigned int type,
	      unsigned int dpl)
{
	unsigned long lo = (handler & 0xffff) | (LGUEST_KERNEL_CS << 16);
	unsigned long hi = (handler & 0xffff0000) | 0x8000 | (dpl << 13) |
			   (type << 8);

	hcall(LHCALL_LOAD_IDT_ENTRY, v, lo, hi);
}

struct frame {
	unsigned long edi, esi, ebp, esp, ebx, edx, ecx, eax;
	unsigned long vector, error, eip, cs, eflags;
};

unsigned long irqs_counted, irqs_in_window;

unsigned long trap(struct frame *f);
unsigned long trap(struct frame *f)
{
	if (count_irqs && f->vector == LGUEST_IRQ_VECTOR_BASE) {
		irqs_counted++;
		if (f->eip >= lguest_data.noirq_start &&
		    f->eip < lguest_data.noirq_end)
			irqs_in_window++;
		lguest_data.irq_enabled = 0x200;
		return f->eip;
	}
	if (storm_left && f->vector == 14) {
		storm_left--;
		return f->eip + storm_skip;
	}
	puts("hostile: trap ");
	putu(f->vector, 10);
	puts(" from ring ");
	putu(f->cs & 3, 10);
	puts(" (error ");
	putu(f->error, 16);
	puts(", eip ");
	putu(f->eip, 16);
	puts(")\n");
	power_off(0);
	return 0;
}

/* GDT: ring-1 kernel and ring-3 user flat segments, as Linux's. */
void load_gdt(void)
{
	gdt[12] = (struct desc){ 0x0000ffff, 0x00cfbb00 };
	gdt[13] = (struct desc){ 0x0000ffff, 0x00cfb300 };
	gdt[14] = (struct desc){ 0x0000ffff, 0x00cffb00 };
	gdt[15] = (struct desc){ 0x0000ffff, 0x00cff300 };
	hcall(LHCALL_LOAD_GDT, __pa(gdt), 32, 0);
}

static const char *command_line(void)
{
	return (const char *)(PAGE_OFFSET + LGUEST_CMDLINE);
}

/* "name [0xARG]": split off the argument. */
static char *parse(char *s)
{
	char *p = s;

	while (*p && *p != ' ')
		p++;
	if (*p) {
		*p++ = 0;
		if (p[0] == '0' && p[1] == 'x')
			p += 2;
		for (; *p; p++)
			attack_arg = attack_arg * 16 +
				(*p <= '9' ? *p - '0' : (*p | 0x20) - 'a' + 10);
	}
	return s;
}

void guest_main(void)
{
	const char *name = parse((char *)command_line());
	const struct attack *a;
	unsigned int i;

	for (a = attacks; a->name; a++)
		if (!strcmp(a->name, name))
			break;
	for (i = 0; i < LHCALL_RING_SIZE; i++)
		lguest_data.hcall_status[i] = LHCALL_SLOT_FREE;
	lguest_data.blocked_interrupts = ~0u;
	if (a->before_init)
		a->fn();
	hcall(LHCALL_LGUEST_INIT, __pa(&lguest_data), 0, 0);
	if (!a->name) {
		puts("hostile: no attack named \"");
		puts(name);
		puts("\"\n");
		power_off(1);
	}
	for (i = 0; i < 72; i++)
		set_gate(i, (unsigned long)trap_stubs + i * 16, 0xe,
			 i == 3 || i == 4 ? 3 : 1);
	load_gdt();
	puts("hostile: ");
	puts(a->name);
	puts("\n");
	a->fn();
	puts("hostile: the attack returned: the host let it through\n");
	power_off(1);
}
