/*
 * Starting programs: exec of an embedded ELF image
 *
 * kernel/exec.c.  exec_into() builds a program's image, stack and
 * initial registers in an address space; sys_exec() replaces the
 * caller's, kernel_execve() turns the init kernel thread into the first
 * user process, spawn_user() (kernel/fork.c) starts a new one.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _LINUX_EXEC_H
#define _LINUX_EXEC_H

struct mm_struct;
struct pt_regs;
struct elf32_phdr;

#define MAX_ARG_COUNT	16
#define MAX_ARG_LEN	128

/* 0, -ENOENT (no such program), -ENOEXEC (bad image), -E2BIG, -ENOMEM. */
int exec_into(struct mm_struct *mm, const char *name,
	      const char *const argv[], struct pt_regs *regs);
/*
 * Maps one PT_LOAD segment of image into mm and copies its file bytes;
 * a page shared with an earlier segment becomes writable if this one
 * is.  0 or -ENOMEM.  For exec_into() and the self-tests.
 */
int exec_map_segment(struct mm_struct *mm, const unsigned char *image,
		     const struct elf32_phdr *p);
/* Becomes the user program; returns only on error. */
int kernel_execve(const char *name, const char *const argv[]);

#endif /* _LINUX_EXEC_H */
