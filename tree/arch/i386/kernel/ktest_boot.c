/*
 * Self-tests: boot information and the command line (suite "boot")
 *
 * Checks what setup_arch() made of the boot loader's information,
 * whichever protocol it came by (tests/boot runs this suite under
 * Multiboot and under the Linux zero-page protocol): a sane E820 map,
 * RAM accounted for, the command line copied, and option parsing that
 * rejects bad values instead of guessing.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/ktest.h>
#include <linux/mm.h>
#include <linux/string.h>
#include <linux/cmdline.h>
#include <asm/bootparam.h>
#include <asm/e820.h>

/* Did we record a known protocol and a usable memory map? */
static void boot_info(struct ktest *t)
{
	struct ram_range r[E820MAX];
	int n = e820_ram_ranges(e820.map, e820.nr_map, r, E820MAX);

	KTEST_EXPECT(t, boot_protocol == BOOT_PROTO_MULTIBOOT ||
			boot_protocol == BOOT_PROTO_ZEROPAGE);
	KTEST_EXPECT(t, e820.nr_map >= 1);
	KTEST_EXPECT(t, n >= 1);
	/* The kernel at 1 MiB sits in usable RAM. */
	KTEST_EXPECT(t, n >= 1 && r[n - 1].end > 0x200000);
	KTEST_EXPECT(t, totalram_pages <= max_low_pfn);
	KTEST_EXPECT(t, totalram_pages > max_low_pfn / 2);
}

static bool strstr_simple(const char *s, const char *w)
{
	size_t n = strlen(w);

	for (; *s; s++)
		if (!strncmp(s, w, n))
			return true;
	return false;
}

/* Was the command line copied, and is this suite on it? */
static void command_line(struct ktest *t)
{
	KTEST_EXPECT(t, strlen(boot_command_line) < COMMAND_LINE_SIZE);
	KTEST_EXPECT(t, strncmp(boot_command_line, "ktest", 5) == 0 ||
			strstr_simple(boot_command_line, " ktest"));
}

/* Do bad option values leave the setting alone? */
static void bad_values_rejected(struct ktest *t)
{
	int level = console_loglevel;

	parse_args("loglevel=12 loglevel=7x loglevel= nosuchoption");
	KTEST_EXPECT_EQ(t, console_loglevel, level);
	parse_args("loglevel=5");
	KTEST_EXPECT_EQ(t, console_loglevel, 5);
	console_loglevel = level;
}

static const struct ktest_case boot_cases[] = {
	KTEST_CASE(boot_info),
	KTEST_CASE(command_line),
	KTEST_CASE(bad_values_rejected),
};
KTEST_SUITE(boot, boot_cases);
