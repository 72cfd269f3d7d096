/*
 * vmihost: the host's main: boot, options, the guest, and run
 *
 *   qemu-system-i386 -kernel build/vmihost -append "mem=64M" \
 *           -initrd "build/vmlinux ktest"
 *
 * As lhype's main (hv/lhype/main.c), with the guest loaded as a PC's
 * boot loader would (boot.c) and run by trap-and-emulate (emulate.c,
 * devices.c, run.c).  The host's options are lhype's.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/string.h>
#include <linux/kernel.h>
#include "vmihost.h"
#include "../core/sha256.h"
#include "../lhype/options.h"

const char hv_name[] = "vmihost";

void hv_main(u32 magic, u32 mbi);
void hv_main(u32 magic, u32 mbi)
{
	static struct lhype_options o;
	static struct lhype_module mod;
	static char path[256], cmdline[LGUEST_CMDLINE_MAX];
	struct hv_module m;
	char hash[65];
	u32 base;
	size_t n;

	console_init();
	hostcpu_init();
	mem_init(magic, mbi);
	if (lhype_parse_options(mem_cmdline(), MB_STRING_MAX,
				mem_free_bytes(), &o))
		bad_guest("%s", o.why);
	if (!mem_module(0, &m))
		bad_guest("no guest image: give it as the first Multiboot "
			  "module (qemu -initrd \"vmlinux args\")");
	if (lhype_split_module(m.string ? m.string : "", MB_STRING_MAX, &mod))
		bad_guest("%s", mod.why);
	n = mod.path_len < sizeof(path) ? mod.path_len : sizeof(path) - 1;
	memcpy(path, mod.path, n);
	memcpy(cmdline, mod.cmdline, mod.cmdline_len);

	pic_init();
	timer_init();
	rtc_init();
	base = guest_core_init(&vmihost_abi, o.mem, LGUEST_TRAP_ENTRY);
	devices_init();
	vmihost_load(&m, path, cmdline);
	sha256_hex(phys_to_virt(m.start), m.end - m.start, hash);
	hv_msg("%s: sha256 %s", path, hash);
	hv_msg("%s: %u MiB at %#x, TSC %u kHz; guest starts in ring 1, "
	       "paging off", path, o.mem >> 20, base, tsc_khz);
	guest_run();
}
