/*
 * t_priv: privileged instructions and kernel memory from user mode
 *
 * Run by init --ktest.  Each probe runs in its own child, which the
 * kernel must kill (under lhype too, whose host lives in the top 4 MiB): #GP and #PF give SIGSEGV, #DE gives SIGFPE, #UD gives
 * SIGILL.  The parent checks each child's wait status and that it is
 * itself unharmed afterwards.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <ktest.h>
#include <stdio.h>

static struct pv_sysinfo si;

static int do_cli(void *arg)
{
	asm volatile("cli");
	return 0;
}

static int do_hlt(void *arg)
{
	asm volatile("hlt");
	return 0;
}

static int do_lgdt(void *arg)
{
	static const struct { unsigned short limit; unsigned long base; }
		__attribute__((packed)) gdtr = { 7, 0 };

	asm volatile("lgdt %0" : : "m" (gdtr));
	return 0;
}

static int do_write_cr3(void *arg)
{
	asm volatile("movl %0, %%cr3" : : "r" (0UL) : "memory");
	return 0;
}

static int do_read_kernel(void *arg)
{
	return *(volatile unsigned char *)(si.page_offset + 0x100000);
}

static int do_write_kernel(void *arg)
{
	*(volatile unsigned char *)(si.page_offset + 0x100000) = 0;
	return 0;
}

/*
 * The top 4 MiB: a hypervisor's own (lhype's switcher), or the top of
 * the kernel's fixmap natively; user mode reaches neither.
 */
#define HOST_AREA	0xffc00000UL

static int do_read_host(void *arg)
{
	return *(volatile unsigned char *)HOST_AREA;
}

static int do_write_host(void *arg)
{
	*(volatile unsigned char *)HOST_AREA = 0;
	return 0;
}

static int do_inb(void *arg)
{
	unsigned char v;

	asm volatile("inb $0x80, %0" : "=a" (v));	/* needs IOPL 3 */
	return 0;
}

static int do_divide_by_zero(void *arg)
{
	unsigned int q;

	asm volatile("divl %2"				/* EDX:EAX / 0 */
		     : "=a" (q) : "d" (0), "r" (0), "a" (1));
	return q;
}

static int do_ud2(void *arg)
{
	asm volatile("ud2");
	return 0;
}

static const struct probe {
	const char *name;
	int (*fn)(void *);
	int sig;
} probes[] = {
	{ "cli", do_cli, SIGSEGV },
	{ "hlt", do_hlt, SIGSEGV },
	{ "lgdt", do_lgdt, SIGSEGV },
	{ "mov to cr3", do_write_cr3, SIGSEGV },
	{ "read kernel memory", do_read_kernel, SIGSEGV },
	{ "write kernel memory", do_write_kernel, SIGSEGV },
	{ "read the top 4 MiB", do_read_host, SIGSEGV },
	{ "write the top 4 MiB", do_write_host, SIGSEGV },
	{ "inb at IOPL 0", do_inb, SIGSEGV },
	{ "divide by zero", do_divide_by_zero, SIGFPE },
	{ "ud2", do_ud2, SIGILL },
};

/*
 * Is a user process that executes a privileged instruction, touches
 * kernel memory or raises #DE/#UD killed with the right signal, and does
 * its parent carry on untouched?
 */
static void test_probes(void)
{
	int pid = getpid(), status;
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(probes); i++)
		check_killed(run_child(probes[i].fn, NULL), probes[i].sig,
			     probes[i].name);
	CHECK_EQ(getpid(), pid);
	CHECK_EQ(wait(&status), -ECHILD);
}

int main(void)
{
	test_sysinfo(&si);
	CHECK(si.page_offset >= 0x80000000, "page_offset %#x", si.page_offset);
	test_probes();
	return test_result();
}
