/*
 * System call wrappers: the C face of asm-i386/unistd.h
 *
 * Each function here is a stub in usr/lib/syscall.S that loads its
 * arguments into EBX/ECX/EDX and executes int $0x80.  Results come back
 * raw: a negative value in [-4095, -1] is a negated errno (there is no
 * errno variable).  Calls that return addresses (brk, mmap) are tested
 * with SYS_IS_ERR().  The sysenter path is in sysenter.h.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _USR_SYSCALL_H
#define _USR_SYSCALL_H

#include <types.h>
#include <asm-i386/unistd.h>
#include <asm-i386/errno.h>

#define PAGE_SIZE	4096UL
#define PAGE_ALIGN(x)	(((unsigned long)(x) + PAGE_SIZE - 1) & \
			 ~(PAGE_SIZE - 1))

/* True if a raw result (int or pointer) is a negated errno. */
#define SYS_IS_ERR(x)	((unsigned long)(x) >= (unsigned long)-4095)

__noreturn void exit(int status);
int fork(void);
int wait(int *status);		/* a dead child's pid, or -ECHILD */
/* Become the embedded program name; returns only if that fails. */
int exec(const char *name, char *const argv[]);
int getpid(void);
int getppid(void);
int write(int fd, const void *buf, size_t n);
int read(int fd, void *buf, size_t n);
int pipe(int fds[2]);			/* fds[0] reads, fds[1] writes */
int close(int fd);
int dup(int fd);			/* lowest free descriptor */
int yield(void);
int sleep(unsigned int ms);		/* milliseconds, not seconds */
unsigned int uptime(void);		/* milliseconds since boot */
void *brk(void *end);			/* new break; brk(0) queries */
void *mmap(size_t len, int prot);	/* anonymous, kernel picks address */
int munmap(void *addr, size_t len);
int mprotect(void *addr, size_t len, int prot);
int iopl(int level);			/* 0..3 */
int set_thread_area(struct user_desc *desc);
int poweroff(int status);		/* pid 1 only */
int sysinfo(struct pv_sysinfo *info);

/* Any call by number, for testing numbers the kernel must reject. */
long syscall3(long nr, long a1, long a2, long a3);

#endif /* _USR_SYSCALL_H */
