/*
 * Small system calls: identity, time, memory, power
 *
 * The calls that need no subsystem of their own: getpid/getppid,
 * yield/sleep/uptime (the scheduler and the tick), brk/mmap/munmap/
 * mprotect (thin checks in front of mm/memory.c), sysinfo for user-space
 * tests, and poweroff, which only pid 1 may call.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/time.h>
#include <linux/errno.h>
#include <linux/syscalls.h>
#include <linux/reboot.h>
#include <asm/uaccess.h>
#include <asm/unistd.h>
#include <asm/segment.h>

#define MMAP_MAX	(64UL << 20)	/* one anonymous mapping, at most */
#define SLEEP_MAX_MS	(3600UL * 1000)

long sys_getpid(void)
{
	return current->pid;
}

long sys_getppid(void)
{
	return current->parent ? current->parent->pid : 0;
}

long sys_yield(void)
{
	yield();
	return 0;
}

long sys_sleep(unsigned long ms)
{
	if (ms > SLEEP_MAX_MS)
		return -EINVAL;
	sleep_ticks(msecs_to_jiffies(ms));
	return 0;
}

long sys_uptime(void)
{
	return (unsigned long long)jiffies * 1000 / HZ;
}

/* Moves the break; returns the new one, or the old one on failure. */
long sys_brk(unsigned long end)
{
	struct mm_struct *mm = current->mm;
	unsigned long old = PAGE_ALIGN(mm->brk), new = PAGE_ALIGN(end);

	if (!end || end < mm->start_brk || end > USER_BRK_MAX)
		return mm->brk;
	if (new > old && mm_map_anon(mm, old, new - old, true))
		return mm->brk;
	if (new < old)
		mm_unmap(mm, new, old - new);
	mm->brk = end;
	return end;
}

long sys_mmap(unsigned long len, int prot)
{
	struct mm_struct *mm = current->mm;
	unsigned long addr = mm->mmap_next, size = PAGE_ALIGN(len);
	unsigned long limit = USER_STACK_TOP - USER_STACK_PAGES * PAGE_SIZE;
	int err;

	if (!len || prot & ~(PROT_READ | PROT_WRITE))
		return -EINVAL;
	if (len > MMAP_MAX || size > limit - addr)
		return -ENOMEM;
	err = mm_map_anon(mm, addr, size, prot & PROT_WRITE);
	if (err)
		return err;
	mm->mmap_next = addr + size + PAGE_SIZE;	/* guard gap */
	return addr;
}

long sys_munmap(unsigned long addr, unsigned long len)
{
	return mm_unmap(current->mm, addr, PAGE_ALIGN(len));
}

long sys_mprotect(unsigned long addr, unsigned long len, int prot)
{
	if (prot & ~(PROT_READ | PROT_WRITE))
		return -EINVAL;
	return mm_protect(current->mm, addr, PAGE_ALIGN(len),
			  prot & PROT_WRITE);
}

long sys_poweroff(int status)
{
	if (current->pid != 1)
		return -EPERM;
	if (status < POWEROFF_OK || status > POWEROFF_PANIC)
		return -EINVAL;
	machine_power_off(status);
}

extern bool sysenter_enabled;

long sys_sysinfo(void *uinfo)
{
	struct pv_sysinfo si = {
		.hz = HZ,
		.has_sysenter = sysenter_enabled,
		.tls_min = GDT_ENTRY_TLS_MIN,
		.tls_entries = GDT_ENTRY_TLS_ENTRIES,
		.page_offset = PAGE_OFFSET,
		.nr_free_pages = nr_free_pages,
		.kernel_rpl = get_kernel_rpl(),
	};

	return copy_to_user(uinfo, &si, sizeof(si)) ? -EFAULT : 0;
}
