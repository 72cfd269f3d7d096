/*
 * Hostile guests: hypercalls, console and the common start
 *
 * Every hostile guest links this: guest_main() makes LGUEST_INIT,
 * prints the attack's name on the console (SEND_DMA) and runs
 * attack(), which should never return: the host must kill the guest
 * or reflect a fault.  If it returns, the guest says so and powers off
 * with status 1, which the test counts as the host's failure.
 * SPDX-License-Identifier: GPL-2.0
 */
#include "hostile.h"

struct lguest_data lguest_data __attribute__((aligned(4096)));

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

static unsigned int len(const char *s)
{
	unsigned int n = 0;

	while (s[n])
		n++;
	return n;
}

void puts(const char *s)
{
	static struct lguest_dma dma;

	dma.used_len = 0;
	dma.addr[0] = __pa(s);
	dma.len[0] = len(s);
	dma.len[1] = 0;
	hcall(LHCALL_SEND_DMA, LGUEST_CONSOLE_DMA_KEY, __pa(&dma), 0);
}

void power_off(int status)
{
	static char msg[] = "Power down (status 0)";

	msg[19] = '0' + status;
	hcall(LHCALL_CRASH, __pa(msg), 0, 0);
}

void guest_main(void)
{
	unsigned int i;

	for (i = 0; i < LHCALL_RING_SIZE; i++)
		lguest_data.hcall_status[i] = LHCALL_SLOT_FREE;
	lguest_data.blocked_interrupts = ~0u;
	hcall(LHCALL_LGUEST_INIT, __pa(&lguest_data), 0, 0);
	puts("hostile: ");
	puts(attack_name);
	puts("\n");
	attack();
	puts("hostile: the attack returned: the host let it through\n");
	power_off(1);
}
