/*
 * System call implementations and dispatch
 *
 * arch/i386/kernel/syscall.c holds the table indexed by the numbers in
 * asm/unistd.h; each sys_* takes up to three arguments (EBX, ECX, EDX)
 * and returns a value or a negated errno in EAX.  sys_fork and sys_exec
 * also need the caller's trap frame.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _LINUX_SYSCALLS_H
#define _LINUX_SYSCALLS_H

#include <linux/types.h>

struct pt_regs;

void do_syscall(struct pt_regs *regs);
extern unsigned long syscall_count;

long sys_exit(long status);
long sys_fork(struct pt_regs *regs);
long sys_wait(int *ustatus);
long sys_exec(const char *uname, char *const *uargv, struct pt_regs *regs);
long sys_getpid(void);
long sys_getppid(void);
long sys_write(int fd, const void *ubuf, size_t n);
long sys_read(int fd, void *ubuf, size_t n);
long sys_pipe(int *ufds);
long sys_close(int fd);
long sys_dup(int fd);
long sys_yield(void);
long sys_sleep(unsigned long ms);
long sys_uptime(void);
long sys_brk(unsigned long end);
long sys_mmap(unsigned long len, int prot);
long sys_munmap(unsigned long addr, unsigned long len);
long sys_mprotect(unsigned long addr, unsigned long len, int prot);
long sys_iopl(unsigned long level, struct pt_regs *regs);
long sys_set_thread_area(void *udesc);
long sys_poweroff(int status);
long sys_sysinfo(void *uinfo);

#endif /* _LINUX_SYSCALLS_H */
