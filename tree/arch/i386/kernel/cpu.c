/*
 * CPU identification and per-CPU control register setup
 *
 * setup_arch() calls cpu_detect() (CPUID vendor, family, feature word:
 * through a paravirt backend's cpuid, which may hide features), and
 * trap_init() cpu_init(), which turns on what the kernel uses: CR4.PGE for
 * global kernel mappings when the CPU has it, CR0.NE/MP for native FPU
 * error reporting and CR0.TS so the first FPU use traps (i387.c).
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <asm/processor.h>
#include <asm/system.h>

struct cpuinfo_x86 boot_cpu_data;

void __init cpu_detect(void)
{
	struct cpuinfo_x86 *c = &boot_cpu_data;
	u32 max, a, b, cx, d;

	cpuid(0, &max, &b, &cx, &d);
	memcpy(c->vendor, &b, 4);
	memcpy(c->vendor + 4, &d, 4);
	memcpy(c->vendor + 8, &cx, 4);
	c->vendor[12] = '\0';
	if (max >= 1) {
		cpuid(1, &a, &b, &cx, &d);
		c->family = (a >> 8) & 0xf;
		c->model = (a >> 4) & 0xf;
		c->stepping = a & 0xf;
		c->features = d;
	}
	printk(KERN_INFO "CPU: %s family %u model %u stepping %u, features %08x\n",
	       c->vendor, c->family, c->model, c->stepping, c->features);
}

void __init cpu_init(void)
{
	unsigned long cr0 = read_cr0();

	if (!cpu_has(X86_FEATURE_FPU))
		panic("CPU: no FPU; x87 emulation is not supported");
	cr0 &= ~X86_CR0_EM;
	write_cr0(cr0 | X86_CR0_NE | X86_CR0_MP | X86_CR0_WP | X86_CR0_TS);
	if (cpu_has(X86_FEATURE_PGE))
		write_cr4(read_cr4() | X86_CR4_PGE);
}
