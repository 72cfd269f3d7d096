/*
 * crashtest=: deliberately crash the kernel to exercise the oops path
 *
 * Called by the init thread before anything else.  crashtest=pagefault
 * reads an unmapped kernel address, crashtest=ud2 executes an undefined
 * instruction, crashtest=panic calls panic().  tests/boot/oops.t checks
 * the oops output (CR2, registers, backtrace) and that the machine stops
 * with the panic status.  crashtest=early crashes at once, while the
 * command line is parsed, before trap_init() has built the IDT.
 * crashtest=restart is no crash: it takes the
 * other way out, a machine restart (tests/boot/restart.t).
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/reboot.h>
#include <asm/fixmap.h>

/* The fixmap's guard page: a kernel address that is never mapped. */
#define CRASH_ADDR	fix_to_virt(FIX_HOLE)

/*
 * One of these, or NULL.  The option's value lives in parse_args()'s
 * stack buffer only while it runs, so keep our own string, not val.
 */
static const char *const crashes[] = { "pagefault", "ud2", "panic",
				       "restart" };
static const char *crashtest;

static int crashtest_setup(const char *val)
{
	unsigned int i;

	/*
	 * crashtest=early: now, while setup_arch() parses the command
	 * line, before trap_init(): head.S's early IDT must catch it.
	 */
	if (!strcmp(val, "early")) {
		printk(KERN_EMERG "crashtest: ud2 before trap_init\n");
		__asm__ __volatile__("ud2");
	}
	for (i = 0; i < ARRAY_SIZE(crashes); i++)
		if (!strcmp(val, crashes[i])) {
			crashtest = crashes[i];
			return 0;
		}
	return -EINVAL;
}
__setup("crashtest=", crashtest_setup);

static __attribute__((noinline)) void crash_pagefault(void)
{
	volatile unsigned long *p = (volatile unsigned long *)(CRASH_ADDR);

	printk(KERN_EMERG "crashtest: faulting at 0x%08lx\n",
	       (unsigned long)p);
	(void)*p;
}

void crashtest_run(void);
void crashtest_run(void)
{
	if (!crashtest)
		return;
	if (!strcmp(crashtest, "pagefault"))
		crash_pagefault();
	else if (!strcmp(crashtest, "ud2"))
		__asm__ __volatile__("ud2");
	else if (!strcmp(crashtest, "restart"))
		machine_restart();
	else
		panic("crashtest");
	panic("crashtest: the crash did not happen");
}
