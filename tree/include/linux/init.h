/*
 * Boot-time sections and command-line parameters
 *
 * __init code and data are used only during boot.  __setup("name=", fn)
 * registers a command-line option; init/main.c parses the command line
 * (lib/cmdline.c) and calls fn with the option's value.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _LINUX_INIT_H
#define _LINUX_INIT_H

#include <linux/compiler.h>

#define __init		__section(".init.text")
#define __initdata	__section(".init.data")

struct kernel_param {
	const char *name;		/* "name=" takes a value, "name" not */
	int (*setup)(const char *val);	/* 0 ok, else -errno */
};

#define __setup(str, fn)						\
	static const struct kernel_param __setup_##fn			\
		__used __section(".init.setup") __aligned(4) = { str, fn }

extern const struct kernel_param __setup_start[], __setup_end[];

/* The longest command line of any architecture (asm/bootparam.h). */
#define COMMAND_LINE_SIZE_MAX	2048
extern char boot_command_line[];
void parse_args(const char *cmdline);

#endif /* _LINUX_INIT_H */
