/*
 * Host-side fuzzing target: lhype's command lines (hv/lhype/options.c)
 *
 * The host's command line and the module string come from the boot
 * loader, and the guest's command line goes on into the guest.  The
 * input's first byte chooses the parser and the host's memory (in MiB
 * steps); the rest is the string, NUL-terminated or not, bounded by its
 * length.  Invariants: accepted options have guest memory of at least
 * LHYPE_MEM_MIN, at most the host's, in whole pages, and an irqoff= of
 * 1 to LHYPE_IRQOFF_MAX seconds; an accepted module string splits into
 * a path without spaces and a command line that fits lguest's page, both
 * inside the string; a refusal has a printable, terminated reason.  Seeds: QEMU's and GRUB's strings, and a guest
 * command line of the longest length allowed.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <string.h>
#include "fuzz.h"
#include "hv/lhype/options.h"
#include <linux/lguest.h>

static const char *const seed_strings[] = {
	"\x40" "build/lhype mem=64M verbose",
	"\x20" "/boot/host mem=32M irqoff=2",
	"\x80" "mem=16384K",
	"\x7f" "  mem=1G\tverbose ",
	"\x01" "build/vmlinux ktest",
	"\x03" "/boot/vmlinux   console=ttyS0 ktest=boot,cpu",
};

static void seeds(void)
{
	static char big[1 + 8 + 4095 + 1] = "\x01vmlinux ";
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(seed_strings); i++)
		fuzz_seed(seed_strings[i], strlen(seed_strings[i]) + 1);
	memset(big + 9, 'k', 4095);	/* the longest guest command line */
	fuzz_seed(big, sizeof(big));
}

static void check_why(const char *why, size_t size)
{
	size_t i;

	FUZZ_CHECK(why[0]);
	for (i = 0; i < size && why[i]; i++)
		FUZZ_CHECK(why[i] >= ' ' && why[i] < 0x7f);
	FUZZ_CHECK(i < size);
}

static bool in(const char *p, size_t n, const char *s, size_t len)
{
	return p >= s && p + n <= s + len;
}

static bool run_module(const char *s, size_t len)
{
	struct lhype_module m;
	size_t i;

	if (lhype_split_module(s, len, &m)) {
		check_why(m.why, sizeof(m.why));
		return false;
	}
	FUZZ_CHECK(memchr(s, 0, len) != NULL);
	FUZZ_CHECK(in(m.path, m.path_len, s, len));
	FUZZ_CHECK(in(m.cmdline, m.cmdline_len, s, len));
	FUZZ_CHECK(m.cmdline_len <= LGUEST_CMDLINE_MAX - 1);
	FUZZ_CHECK(m.path + m.path_len <= m.cmdline);
	for (i = 0; i < m.path_len; i++)
		FUZZ_CHECK(m.path[i] && m.path[i] != ' ' && m.path[i] != '\t');
	FUZZ_CHECK(!m.cmdline_len || (m.cmdline[0] != ' ' &&
				      m.cmdline[0] != '\t'));
	FUZZ_CHECK(m.cmdline[m.cmdline_len] == '\0');
	return true;
}

static bool run(const u8 *data, size_t len)
{
	const char *s = (const char *)data + 1;
	struct lhype_options o;
	u32 host_mem;

	if (!len)
		return false;
	if (data[0] < 0x10)
		return run_module(s, len - 1);
	host_mem = (u32)data[0] << 20 | (data[0] & 1 ? 0x123 : 0);
	if (lhype_parse_options(s, len - 1, host_mem, &o)) {
		check_why(o.why, sizeof(o.why));
		return false;
	}
	FUZZ_CHECK(memchr(s, 0, len - 1) != NULL);
	FUZZ_CHECK(o.mem >= LHYPE_MEM_MIN && o.mem <= host_mem);
	FUZZ_CHECK(o.mem % PAGE_SIZE == 0 && !o.why[0]);
	FUZZ_CHECK(o.irqoff_secs >= 1 && o.irqoff_secs <= LHYPE_IRQOFF_MAX);
	return true;
}

const struct fuzz_target fuzz_target = {
	.name = "options",
	.max_len = 4200,
	.seeds = seeds,
	.run = run,
};
