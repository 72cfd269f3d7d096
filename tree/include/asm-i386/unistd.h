/*
 * System call numbers and the user/kernel calling convention (i386)
 *
 * Shared by the kernel (arch/i386/kernel/syscall_table.c, entry.S) and by
 * the user programs in usr/ (usr/lib/syscall.S).  Nothing here may depend
 * on kernel-only headers.
 *
 * int $0x80:  EAX = number, EBX/ECX/EDX = arguments 1-3.  Result in EAX;
 *             a value in [-4095, -1] is a negated errno.  All other
 *             registers are preserved.
 * sysenter:   as int $0x80, plus ESI = user return address and EBP = user
 *             stack pointer.  The kernel returns with sysexit, which
 *             clobbers ECX and EDX.  Only where CPUID reports SEP; the
 *             kernel's AT_SYSENTER-like hint is sys_sysinfo's has_sysenter.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _ASM_I386_UNISTD_H
#define _ASM_I386_UNISTD_H

#define __NR_exit		0	/* (int status) never returns */
#define __NR_fork		1	/* () child pid / 0 in the child */
#define __NR_wait		2	/* (int *status) pid of a dead child */
#define __NR_exec		3	/* (const char *name, char *const argv[]) */
#define __NR_getpid		4
#define __NR_getppid		5
#define __NR_write		6	/* (int fd, const void *buf, size n) */
#define __NR_read		7	/* (int fd, void *buf, size n) */
#define __NR_pipe		8	/* (int fds[2]) */
#define __NR_close		9	/* (int fd) */
#define __NR_yield		10
#define __NR_sleep		11	/* (unsigned ms) */
#define __NR_uptime		12	/* () milliseconds since boot */
#define __NR_brk		13	/* (void *end) new break; 0 queries */
#define __NR_mmap		14	/* (size len, int prot) anonymous */
#define __NR_munmap		15	/* (void *addr, size len) */
#define __NR_mprotect		16	/* (void *addr, size len, int prot) */
#define __NR_iopl		17	/* (int level) 0..3 */
#define __NR_set_thread_area	18	/* (struct user_desc *) */
#define __NR_poweroff		19	/* (int status) init only */
#define __NR_sysinfo		20	/* (struct pv_sysinfo *) */
#define __NR_dup		21	/* (int fd) */

#define NR_syscalls		22

/* Protection bits for mmap/mprotect. */
#define PROT_NONE	0x0
#define PROT_READ	0x1
#define PROT_WRITE	0x2

/* wait() status: exited with a code, or killed by a signal. */
#define WIFEXITED(s)	(((s) & 0x7f) == 0)
#define WEXITSTATUS(s)	(((s) >> 8) & 0xff)
#define WIFSIGNALED(s)	(((s) & 0x7f) != 0)
#define WTERMSIG(s)	((s) & 0x7f)
#define SIGILL		4	/* #UD */
#define SIGFPE		8	/* #DE, #MF */
#define SIGSEGV		11	/* #PF, #GP, #SS, #NP */
#define SIGTRAP		5	/* #DB, #BP */
#define SIGBUS		7	/* #AC and anything else */

/* set_thread_area's descriptor, as Linux's struct user_desc. */
#ifndef __ASSEMBLY__
struct user_desc {
	unsigned int entry_number;	/* GDT index, or -1: pick a free one */
	unsigned int base_addr;
	unsigned int limit;
	unsigned int seg_32bit:1;
	unsigned int contents:2;
	unsigned int read_exec_only:1;
	unsigned int limit_in_pages:1;
	unsigned int seg_not_present:1;
	unsigned int useable:1;
};

/* sysinfo(): what a user test needs to know about the machine. */
struct pv_sysinfo {
	unsigned int hz;		/* timer ticks per second */
	unsigned int has_sysenter;	/* CPUID.SEP and the kernel set it up */
	unsigned int tls_min;		/* first TLS GDT entry */
	unsigned int tls_entries;	/* how many */
	unsigned int page_offset;	/* start of kernel space */
	unsigned int nr_free_pages;
	unsigned int kernel_rpl;	/* the kernel's ring: 0, 1 under lhype */
};
#endif

#endif /* _ASM_I386_UNISTD_H */
