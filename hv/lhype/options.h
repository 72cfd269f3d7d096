/*
 * lhype's command lines: the host's options and the guest module string
 *
 * lhype boots by Multiboot.  Its own command line (QEMU's -append, the
 * rest of GRUB's multiboot line) holds its options, such as the guest's
 * memory size; the first Multiboot module is the guest image, and its
 * string is the image's path followed by the guest's command line (QEMU's
 * -initrd "build/vmlinux ktest", GRUB's module line).  The host's start
 * code calls these two parsers before it loads the guest (hv/core/elf.h)
 * and writes the guest's command line to guest-physical LGUEST_CMDLINE.
 * Pure code: also built for tests/unit and tests/fuzz.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef HV_LHYPE_OPTIONS_H
#define HV_LHYPE_OPTIONS_H

#include "../core/types.h"

#define LHYPE_MEM_MIN		(8u << 20)	/* guest memory bounds */
#define LHYPE_MEM_DEFAULT	(64u << 20)	/* or all the host has */
#define LHYPE_IRQOFF_DEFAULT	10		/* seconds */
#define LHYPE_IRQOFF_MAX	3600

struct lhype_options {
	u32 mem;		/* guest memory, bytes, multiple of 4 KiB */
	u32 irqoff_secs;	/* kill a guest whose interrupts wait longer */
	bool verbose;		/* "verbose": the host says what it loads */
	bool hostpanic;		/* "hostpanic": test the host's panic path */
	char why[120];		/* the refusal, "" when accepted */
};

/*
 * Parses the host's command line s[0..max) (up to its NUL; a string
 * without one in max bytes is refused).  Words are separated by spaces
 * or tabs; a first word with a '/' is the host image's path (GRUB and
 * QEMU put it there, as for the kernel's own Multiboot command line) and
 * is skipped.  Options:
 *   mem=N[K|M|G]  guest memory, LHYPE_MEM_MIN to host_mem, 4 KiB multiple
 *   irqoff=N      seconds a pending interrupt may wait for a guest that
 *                 keeps interrupts off before it is killed (1 to 3600;
 *                 LHYPE_IRQOFF_DEFAULT)
 *   verbose
 *   hostpanic     the host panics once the guest is loaded (a test of
 *                 the host's own failure path and exit status)
 * Without mem=, the guest gets LHYPE_MEM_DEFAULT, or host_mem if less.
 * Returns 0, or -1 with opt->why set (an unknown option, a bad value).
 */
int lhype_parse_options(const char *s, size_t max, u32 host_mem,
			struct lhype_options *opt);

struct lhype_module {
	const char *path;	/* in the module string; not NUL-terminated */
	size_t path_len;	/* 0: no path given */
	const char *cmdline;	/* the guest's command line, after the path */
	size_t cmdline_len;	/* < LGUEST_CMDLINE_MAX, without a NUL */
	char why[120];		/* the refusal, "" when accepted */
};

/*
 * Splits the module string s[0..max) (up to its NUL) into the image's
 * path, its first word, and the guest's command line: the rest after
 * the spaces that follow the path, as it is.  Returns 0, or -1 with
 * m->why set (no NUL within max, a command line that does not fit the
 * guest's page with its NUL).
 */
int lhype_split_module(const char *s, size_t max, struct lhype_module *m);

#endif /* HV_LHYPE_OPTIONS_H */
