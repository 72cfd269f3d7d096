/*
 * Self-tests: boot information and the command line (suite "boot")
 *
 * Checks what setup_arch() made of the boot loader's information,
 * whichever protocol it came by (tests/boot runs this suite under
 * Multiboot and under the Linux zero-page protocol, and at the smallest
 * memory size, tests/boot/memsize.t): a sane E820 map, the kernel in
 * usable RAM, RAM accounted for, the command line copied, and option
 * parsing that rejects bad values instead of guessing.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/ktest.h>
#include <linux/mm.h>
#include <linux/string.h>
#include <linux/cmdline.h>
#include <asm/bootparam.h>
#include <asm/e820.h>

extern char _phys_start[], _end[];

/* Pages of usable RAM in r[0..n) below max_low_pfn. */
static unsigned long lowmem_ram_pages(const struct ram_range *r, int n)
{
	u64 top = (u64)max_low_pfn << PAGE_SHIFT, pages = 0;
	int i;

	for (i = 0; i < n; i++)
		if (r[i].start < top)
			pages += ((r[i].end < top ? r[i].end : top) -
				  r[i].start) >> PAGE_SHIFT;
	return pages;
}

/*
 * Did we record a known protocol and a usable memory map, and is all of
 * its RAM below max_low_pfn free but for the kernel, the page map after
 * it (one struct page and one bit per frame) and page 0?
 */
static void boot_info(struct ktest *t)
{
	struct ram_range r[E820MAX];
	int n = e820_ram_ranges(e820.map, e820.nr_map, r, E820MAX), i;
	unsigned long ram = n > 0 ? lowmem_ram_pages(r, n) : 0;
	unsigned long image = DIV_ROUND_UP(__pa(_end) -
					   (unsigned long)_phys_start, PAGE_SIZE);
	unsigned long maps = DIV_ROUND_UP(max_low_pfn * sizeof(struct page) +
					  max_low_pfn / 8 + 8, PAGE_SIZE) + 1;

	KTEST_EXPECT(t, boot_protocol == BOOT_PROTO_MULTIBOOT ||
			boot_protocol == BOOT_PROTO_ZEROPAGE);
	KTEST_EXPECT(t, e820.nr_map >= 1);
	KTEST_EXPECT(t, n >= 1);
	/* The whole kernel image lies in one usable RAM range. */
	for (i = 0; i < n; i++)
		if (r[i].start <= (unsigned long)_phys_start &&
		    r[i].end >= __pa(_end))
			break;
	KTEST_EXPECT(t, i < n);
	KTEST_EXPECT(t, totalram_pages <= ram - image);
	KTEST_EXPECT(t, totalram_pages + image + maps + 1 >= ram);
}

/* Is word an option the kernel knows (a __setup name, or name=...)? */
static bool known_option(const char *word)
{
	const struct kernel_param *p;

	for (p = __setup_start; p < __setup_end; p++) {
		size_t n = strlen(p->name);

		if (p->name[n - 1] == '=' ? !strncmp(word, p->name, n)
					   : !strcmp(word, p->name))
			return true;
	}
	return false;
}

/*
 * Was the command line copied whole?  ktest running proves only that
 * "ktest" got through, so check every word: each must be an option the
 * kernel knows (the boot tests pass only known ones), which a truncated,
 * shifted or unterminated copy breaks.  The boot tests also compare the
 * "Kernel command line:" line with what they passed.
 */
static void command_line(struct ktest *t)
{
	char word[64];
	const char *s = boot_command_line;
	bool toolong, seen_ktest = false;
	unsigned int words = 0;
	size_t len = strnlen(boot_command_line, COMMAND_LINE_SIZE);

	KTEST_EXPECT(t, len < COMMAND_LINE_SIZE);
	while ((s = next_arg(s, word, sizeof(word), &toolong)) != NULL) {
		words++;
		if (!strcmp(word, "ktest") || !strncmp(word, "ktest=", 6))
			seen_ktest = true;
		/* A line cut at the limit may end in part of a word. */
		if (!*s && len == COMMAND_LINE_SIZE - 1)
			break;
		if (toolong || !known_option(word))
			ktest_fail(t, __FILE__, __LINE__,
				   "unknown word \"%s\" on the command line \"%s\"",
				   word, boot_command_line);
	}
	KTEST_EXPECT(t, words >= 1);
	KTEST_EXPECT(t, seen_ktest);
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
