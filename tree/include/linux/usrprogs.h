/*
 * Embedded user programs: the table exec() looks names up in
 *
 * usr/ programs are linked as ELF files at build time and embedded into
 * the kernel image by the generated usr/programs.S (scripts/mkprograms.sh).
 * kernel/exec.c searches this table; there is no file system.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _LINUX_USRPROGS_H
#define _LINUX_USRPROGS_H

struct usr_program {
	const char *name;
	const unsigned char *image;	/* the ELF file */
	unsigned long size;
};

extern const struct usr_program usr_programs[];
extern const unsigned int usr_nr_programs;

const struct usr_program *usr_program_find(const char *name);

#endif /* _LINUX_USRPROGS_H */
