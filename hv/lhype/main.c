/*
 * lhype: the host's main: boot, options, the guest, and run
 *
 *   qemu-system-i386 -kernel build/lhype -append "mem=64M" \
 *           -initrd "build/vmlinux ktest"
 *
 * The Multiboot loader starts the host (hv/core/boot.S) with its own
 * command line (options below) and the guest image as the first module,
 * whose string is the image's path and then the guest's command line.
 * hv_main() brings up the core (console, traps, memory, PIC, timer),
 * reserves the guest's memory, loads the guest (boot.c) and runs it
 * until it powers off, crashes or is killed.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/string.h>
#include <linux/kernel.h>
#include "lhype.h"
#include "../core/sha256.h"
#include "options.h"

const char hv_name[] = "lhype";

struct lhype_opts lhype_opts = {
	.mem = 64u << 20,
	.irqoff_secs = 10,
};

static bool lhype_verbose;		/* "verbose": say what is loaded */
static bool lhype_hostpanic;		/* "hostpanic": fail on purpose */

/* The host's options (options.c): into lhype_opts, or one line and out. */
static void parse_options(void)
{
	static struct lhype_options o;

	if (lhype_parse_options(mem_cmdline(), MB_STRING_MAX,
				mem_free_bytes() & PAGE_MASK, &o))
		bad_guest("%s", o.why);
	lhype_opts.mem = o.mem;
	lhype_opts.irqoff_secs = o.irqoff_secs;
	lhype_verbose = o.verbose;
	lhype_hostpanic = o.hostpanic;
}

void hv_main(u32 magic, u32 mbi);
void hv_main(u32 magic, u32 mbi)
{
	static struct lhype_module mod;
	static char path[256];
	struct hv_module m;
	char hash[65];
	u32 base;
	size_t n;

	console_init();
	hostcpu_init();
	mem_init(magic, mbi);
	parse_options();
	if (!mem_module(0, &m))
		bad_guest("no guest image: give it as the first Multiboot "
			  "module (qemu -initrd \"vmlinux args\")");
	if (lhype_split_module(m.string ? m.string : "", MB_STRING_MAX, &mod))
		bad_guest("%s", mod.why);
	n = mod.path_len < sizeof(path) ? mod.path_len : sizeof(path) - 1;
	memcpy(path, mod.path, n);
	if (lhype_verbose)
		hv_msg("guest %s, %u bytes, command line \"%s\" (%u bytes)",
		       path, m.end - m.start, mod.cmdline,
		       (unsigned int)mod.cmdline_len);

	pic_init();
	timer_init();
	rtc_init();
	base = guest_core_init(&lhype_abi, lhype_opts.mem, LGUEST_TRAP_ENTRY);
	lhype_load(&m, path, mod.cmdline);
	/* Which bytes run: the same file as on bare hardware? (same-image.t) */
	sha256_hex(phys_to_virt(m.start), m.end - m.start, hash);
	hv_msg("%s: sha256 %s", path, hash);
	hv_msg("%s: %u MiB at %#x, TSC %u kHz; guest runs in ring 1",
	       path, lhype_opts.mem >> 20, base, tsc_khz);
	if (lhype_hostpanic)	/* a real fault: the host's IDT must catch it */
		*(volatile u32 *)0xf0000000 = 0;	/* mapped by nothing */
	guest_run();
}
