/*
 * Micro-benchmarks (bench on the command line), after virtbench
 *
 * The init thread calls bench_run_all() when "bench" was given.  Each
 * benchmark runs an operation many times between two TSC reads and
 * prints one line, "bench: <name> <ops> <tsc>", that scripts/bench.pl
 * reads.  Under qemu -icount shift=0 the TSC counts guest instructions,
 * so the numbers are exact and repeatable.  The kernel benchmarks
 * measure single privileged operations; usr/bench.c measures what user
 * space sees (system calls, context switches, fork, exec, faults).
 * Then the machine powers off.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/reboot.h>
#include <linux/ktest.h>
#include <asm/irqflags.h>
#include <asm/system.h>
#include <asm/tlbflush.h>
#include <asm/msr.h>
#include <asm/io.h>

#define BENCH_PORT	0x80	/* the POST diagnostic port: harmless */

static bool requested;

static int bench_setup(const char *val)
{
	requested = true;
	return 0;
}
__setup("bench", bench_setup);

bool bench_requested(void)
{
	return requested;
}

static void report(const char *name, unsigned long ops, u64 tsc)
{
	printk(KERN_EMERG "bench: %s %lu %llu\n", name, ops, tsc);
}

/* Runs body n times between two TSC reads, interrupts off. */
#define BENCH(name, n, body) do {					\
	unsigned long __i, __f;						\
	u64 __t0;							\
									\
	local_irq_save(__f);						\
	__t0 = rdtscll();						\
	for (__i = 0; __i < (n); __i++) {				\
		body;							\
		barrier();						\
	}								\
	report(name, n, rdtscll() - __t0);				\
	local_irq_restore(__f);						\
} while (0)

static volatile int yielder_stop;

static int yielder(void *unused)
{
	while (!yielder_stop)
		yield();
	return 0;
}

/* Two kernel threads yielding to each other: a switch with no mm change. */
static void kthread_switch(unsigned long n)
{
	pid_t pid = kernel_thread(yielder, NULL, "yielder");
	unsigned long i;
	int status;
	u64 t0;

	yield();			/* let it start */
	t0 = rdtscll();
	for (i = 0; i < n; i++)
		yield();
	report("kthread_switch", 2 * n, rdtscll() - t0);
	yielder_stop = 1;
	do_wait(pid, &status);
}

static void kernel_benchmarks(void)
{
	unsigned long f, cr3 = read_cr3();
	unsigned long addr = (unsigned long)__va(0x200000);

	BENCH("irq_pair", 100000UL, local_irq_save(f); local_irq_restore(f));
	BENCH("cr3_reload", 20000UL, write_cr3(cr3));
	BENCH("tlb_single", 20000UL, __flush_tlb_single(addr));
	BENCH("outb", 20000UL, outb(0, BENCH_PORT));
	BENCH("empty_loop", 100000UL, );
	kthread_switch(5000);
}

void bench_run_all(void)
{
	static const char *const argv[] = { "bench", NULL };
	int status = -1;
	pid_t pid;

	printk(KERN_EMERG "bench: start\n");
	kernel_benchmarks();
	pid = spawn_user("bench", argv);
	if (pid < 0 || do_wait(pid, &status) != pid || status)
		printk(KERN_EMERG "bench: the user benchmarks failed (%d, status 0x%x)\n",
		       pid, status);
	printk(KERN_EMERG "bench: done\n");
	machine_power_off(status ? POWEROFF_FAIL : POWEROFF_OK);
}
