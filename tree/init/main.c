/*
 * start_kernel: from head.S to the first user process
 *
 * head.S jumps here on the boot task's stack with paging on and
 * interrupts off.  We bring the machine up in dependency order (console,
 * then setup_arch(): command line, CPU features, memory, page tables;
 * only then the descriptor tables and CPU setup of trap_init(), so that
 * a paravirt backend chosen in setup_arch() decides how they are built;
 * then interrupts, time, scheduler), start the init
 * thread, and become the idle task (pid 0).  The init thread (pid 1) runs
 * the self-tests if ktest was asked for, the benchmarks for bench,
 * otherwise it becomes the user program "init" (usr/init.c).
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/console.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/ktest.h>
#include <linux/exec.h>
#include <linux/reboot.h>
#include <asm/setup.h>
#include <asm/irqflags.h>
#include <asm/i387.h>

static const char banner[] =
	"pv386 version " PV386_VERSION " (i386, gcc " __VERSION__ ")\n";

void crashtest_run(void);

static int kernel_init(void *unused)
{
	static const char *const argv[] = { "init", NULL };
	int err;

	crashtest_run();
	if (ktest_requested())
		ktest_run_all();
	if (bench_requested())
		bench_run_all();
	err = kernel_execve("init", argv);
	panic("cannot run init (error %d)", err);
}

void start_kernel(void);
void __init start_kernel(void)
{
	serial_console_init();
	printk(KERN_NOTICE "%s", banner);
	setup_arch();
	trap_init();
	kmem_init();
	init_IRQ();
	time_init();
	sched_init();
	fpu_init();
	syscall_init();
	local_irq_enable();

	if (kernel_thread(kernel_init, NULL, "kinit") != 1)
		panic("the init thread did not get pid 1");
	cpu_idle();
}
