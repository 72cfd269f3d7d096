/*
 * System call entry: the table, dispatch and sysenter setup
 *
 * handle_trap() calls do_syscall() for int $0x80 and sysenter alike
 * (entry.S builds the same frame for both).  The call number is in EAX,
 * arguments in EBX, ECX, EDX (asm/unistd.h); the result goes back in
 * EAX.  syscall_init() points the sysenter MSRs at entry_sysenter when
 * the CPU has SEP.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/syscalls.h>
#include <linux/errno.h>
#include <asm/unistd.h>
#include <asm/ptrace.h>
#include <asm/msr.h>
#include <asm/processor.h>
#include <asm/irqflags.h>
#include <asm/setup.h>

typedef long (*syscall_fn)(struct pt_regs *r);

/* Adapters from the frame to each call's C signature. */
#define A1(t)	((t)r->ebx)
#define A2(t)	((t)r->ecx)
#define A3(t)	((t)r->edx)
#define SYSCALL(name, call)	\
	static long sc_##name(struct pt_regs *r) { return call; }

SYSCALL(exit, sys_exit(A1(long)))
SYSCALL(fork, sys_fork(r))
SYSCALL(wait, sys_wait(A1(int *)))
SYSCALL(exec, sys_exec(A1(const char *), A2(char *const *), r))
SYSCALL(getpid, sys_getpid())
SYSCALL(getppid, sys_getppid())
SYSCALL(write, sys_write(A1(int), A2(const void *), A3(size_t)))
SYSCALL(read, sys_read(A1(int), A2(void *), A3(size_t)))
SYSCALL(pipe, sys_pipe(A1(int *)))
SYSCALL(close, sys_close(A1(int)))
SYSCALL(yield, sys_yield())
SYSCALL(sleep, sys_sleep(A1(unsigned long)))
SYSCALL(uptime, sys_uptime())
SYSCALL(brk, sys_brk(A1(unsigned long)))
SYSCALL(mmap, sys_mmap(A1(unsigned long), A2(int)))
SYSCALL(munmap, sys_munmap(A1(unsigned long), A2(unsigned long)))
SYSCALL(mprotect, sys_mprotect(A1(unsigned long), A2(unsigned long),
			       A3(int)))
SYSCALL(iopl, sys_iopl(A1(unsigned long), r))
SYSCALL(set_thread_area, sys_set_thread_area(A1(void *)))
SYSCALL(poweroff, sys_poweroff(A1(int)))
SYSCALL(sysinfo, sys_sysinfo(A1(void *)))
SYSCALL(dup, sys_dup(A1(int)))

static const syscall_fn sys_call_table[NR_syscalls] = {
	[__NR_exit] = sc_exit,
	[__NR_fork] = sc_fork,
	[__NR_wait] = sc_wait,
	[__NR_exec] = sc_exec,
	[__NR_getpid] = sc_getpid,
	[__NR_getppid] = sc_getppid,
	[__NR_write] = sc_write,
	[__NR_read] = sc_read,
	[__NR_pipe] = sc_pipe,
	[__NR_close] = sc_close,
	[__NR_yield] = sc_yield,
	[__NR_sleep] = sc_sleep,
	[__NR_uptime] = sc_uptime,
	[__NR_brk] = sc_brk,
	[__NR_mmap] = sc_mmap,
	[__NR_munmap] = sc_munmap,
	[__NR_mprotect] = sc_mprotect,
	[__NR_iopl] = sc_iopl,
	[__NR_set_thread_area] = sc_set_thread_area,
	[__NR_poweroff] = sc_poweroff,
	[__NR_sysinfo] = sc_sysinfo,
	[__NR_dup] = sc_dup,
};

unsigned long syscall_count;

void do_syscall(struct pt_regs *regs)
{
	unsigned int nr = regs->eax;

	local_irq_enable();
	syscall_count++;
	if (nr < NR_syscalls && sys_call_table[nr])
		regs->eax = sys_call_table[nr](regs);
	else
		regs->eax = -ENOSYS;
}

bool sysenter_enabled;

void __init syscall_init(void)
{
	extern char entry_sysenter[];

	if (!cpu_has(X86_FEATURE_SEP)) {
		printk(KERN_INFO "syscall: int $0x80 only (no SEP)\n");
		return;
	}
	/* At sysenter, ESP = &init_tss: entry.S then loads the TSS's esp0. */
	wrmsr(MSR_IA32_SYSENTER_CS, __KERNEL_CS, 0);
	wrmsr(MSR_IA32_SYSENTER_ESP, (u32)&init_tss, 0);
	wrmsr(MSR_IA32_SYSENTER_EIP, (u32)entry_sysenter, 0);
	sysenter_enabled = true;
	printk(KERN_INFO "syscall: int $0x80 and sysenter\n");
}
