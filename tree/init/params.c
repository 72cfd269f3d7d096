/*
 * Kernel command-line options
 *
 * setup_arch() calls parse_args() once the command line is copied.  Each
 * word is either "name=value" or a bare "name"; it is matched against the
 * options registered with __setup() (linux/init.h).  An unknown option or
 * a bad value gets a one-line warning and is otherwise ignored, so a typo
 * never stops the boot nor silently changes behaviour.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/cmdline.h>
#include <linux/errno.h>

static const struct kernel_param *find_param(const char *tok,
					     const char **val)
{
	const struct kernel_param *p;

	for (p = __setup_start; p < __setup_end; p++) {
		size_t n = strlen(p->name);

		if (p->name[n - 1] == '=') {
			if (!strncmp(tok, p->name, n)) {
				*val = tok + n;
				return p;
			}
		} else if (!strcmp(tok, p->name)) {
			*val = "";
			return p;
		}
	}
	return NULL;
}

/*
 * setup_arch() and the boot self-tests call this one at a time; tok is
 * static because a whole command line's worth is too much for the stack.
 */
/* tok for a warning: at most 64 bytes of it, so that the line stays whole. */
static const char *shown(const char *tok)
{
	static char buf[64];

	if (strlcpy(buf, tok, sizeof(buf)) < sizeof(buf))
		return tok;
	memcpy(buf + sizeof(buf) - 4, "...", 4);
	return buf;
}

void parse_args(const char *cmdline)
{
	static char tok[COMMAND_LINE_SIZE_MAX];
	const char *s = cmdline, *val;
	bool toolong;

	while ((s = next_arg(s, tok, sizeof(tok), &toolong))) {
		const struct kernel_param *p = find_param(tok, &val);
		int err;

		if (toolong) {
			printk(KERN_WARNING "cmdline: option '%s' too long, ignored\n",
			       shown(tok));
			continue;
		}
		if (!p) {
			printk(KERN_WARNING "cmdline: unknown option '%s', ignored\n",
			       shown(tok));
			continue;
		}
		err = p->setup(val);
		if (err)
			printk(KERN_WARNING "cmdline: bad value in '%s' (%s), ignored\n",
			       shown(tok), err == -ERANGE ? "out of range" : "invalid");
	}
}
