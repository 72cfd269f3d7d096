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

const char hv_name[] = "lhype";

struct lhype_opts lhype_opts = {
	.mem = 64u << 20,
	.irqoff_secs = 10,
};

void bad_guest(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	hv_vline("", fmt, ap);
	va_end(ap);
	hv_exit(HV_EXIT_BAD_GUEST);
}

static size_t word_len(const char *s)
{
	size_t n = 0;

	while (s[n] && s[n] != ' ')
		n++;
	return n;
}

/* Interim option parsing: mem=<n>M and irqoff=<seconds>. */
static void parse_options(const char *s)
{
	char *end;

	for (; *s; s++) {
		if (s[0] != ' ' && s != mem_cmdline())
			continue;
		s += s[0] == ' ';
		if (!strncmp(s, "mem=", 4)) {
			lhype_opts.mem = simple_strtoul(s + 4, &end, 0) << 20;
			if (lhype_opts.mem < (8u << 20))
				bad_guest("mem=: at least 8M");
		} else if (!strncmp(s, "irqoff=", 7)) {
			lhype_opts.irqoff_secs = simple_strtoul(s + 7, &end, 0);
		}
	}
}

void hv_main(u32 magic, u32 mbi);
void hv_main(u32 magic, u32 mbi)
{
	struct hv_module m;
	static char path[256];
	const char *s, *args;
	u32 base;
	size_t n;

	console_init();
	hostcpu_init();
	mem_init(magic, mbi);
	parse_options(mem_cmdline());
	if (!mem_module(0, &m))
		bad_guest("no guest image: give it as the first Multiboot "
			  "module (qemu -initrd \"vmlinux args\")");
	s = m.string ? m.string : "";
	while (*s == ' ')
		s++;
	n = word_len(s);
	if (n >= sizeof(path))
		n = sizeof(path) - 1;
	memcpy(path, s, n);
	args = s + n;
	while (*args == ' ')
		args++;
	if (strlen(args) >= LGUEST_CMDLINE_MAX)
		bad_guest("the guest command line is %u bytes, the limit is %u",
			  (unsigned int)strlen(args), LGUEST_CMDLINE_MAX - 1);

	pic_init();
	timer_init();
	rtc_init();
	base = mem_reserve(lhype_opts.mem, 4u << 20);
	if (!base)
		bad_guest("mem=%uM does not fit: %u MiB are free",
			  lhype_opts.mem >> 20, mem_free_bytes() >> 20);
	memset(phys_to_virt(base), 0, lhype_opts.mem);
	guest_core_init(&lhype_abi, phys_to_virt(base), lhype_opts.mem,
			LGUEST_TRAP_ENTRY);
	lhype_load(&m, path, args);
	hv_msg("%s: %u MiB at %#x, TSC %u kHz; guest runs in ring 1",
	       path, lhype_opts.mem >> 20, base, tsc_khz);
	guest_run();
}
