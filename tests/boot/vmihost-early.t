#!/usr/bin/perl
# vmihost: the kernel's boot by trap-and-emulate, in ring 1
#
# The VMI host's first phase (hv/vmi): build/vmihost loads build/vmlinux
# by the Linux 32-bit boot protocol and runs it in ring 1 from its
# first instruction, paging off, emulating every privileged
# instruction the kernel executes (lgdt, the far jumps and SS loads with
# ring-0 selectors, CR0/CR3 with the switch to paging, lidt, cli/sti,
# port I/O to the 16550 and 8259A models).  The host puts our VMI ROM at
# 0xC0000; the kernel's scan finds it, VMI_Init probes the host through
# the ROM's port and asks to start, and the host accepts and says how
# many instructions it emulated before; time then comes from the ROM's
# time calls.  The boot suite only (vmi-guest.t runs the whole suite on
# the VMI backend; with vmi=disable_timer, on the 8254 and CMOS models).
# The same from a GRUB ISO on Bochs, which checks the segment limits
# the core puts on the guest.  And the paging suite on the native
# backend, in ring 1 under the host, which must keep the TLB's rules for
# a kernel that writes its page tables itself.  Logs:
# build/logs/vmihost-early.log, -bochs.log and -native.log.
# SPDX-License-Identifier: GPL-2.0
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/../lib";
use Boot;
use KTAP;

my $vmlinux = Boot::need('build/vmlinux');
my $host = Boot::need('build/vmihost');
my $run = Boot::qemu(name => 'vmihost-early',
		     args => ['-kernel', $host, '-append', 'mem=64M',
			      '-initrd', "$vmlinux ktest=boot"]);
# The native backend (paravirt=native: no VMI_Init) with the host's
# 4 MiB reserved: every page-table store native, every flush by CR3,
# invlpg or CR4.PGE trapped, as a kernel before VMI_Init does them.
my $native = Boot::qemu(name => 'vmihost-early-native',
			args => ['-kernel', $host, '-append', 'mem=64M',
				 '-initrd', "$vmlinux paravirt=native reservetop=4M ktest=paging"]);
my ($n) = $run->{text} =~ /^vmihost: guest powered off \(status 0\); (\d+) instructions emulated$/m;
my $iso = "$Boot::LOGS/vmihost-early.iso";
system('sh', "$Boot::ROOT/scripts/mkiso.sh", $vmlinux, $iso, 'ktest=boot',
       $host, 'mem=64M') == 0 or die "vmihost-early.t: mkiso.sh failed\n";
my $bochs = Boot::bochs(name => 'vmihost-early-bochs', iso => $iso,
			until => qr/^vmihost: guest (?:killed|powered off|crashed)/m);
unlink $iso;
Boot::report($run,
	Boot::like_point($bochs, qr/^# ktest: 0 of 1 suites failed$/m, 'Bochs: the boot suite passed'),
	Boot::like_point($bochs, qr/^vmihost: guest powered off \(status 0\); \d+ instructions emulated$/m,
			 'Bochs: the guest powered off'),
	Boot::like_point($run, qr/^vmihost: \S+: .* guest starts in ring 1, paging off$/m,
			 'the guest starts in ring 1, paging off'),
	Boot::like_point($run, qr/^boot: protocol zeropage$/m, 'booted by the Linux 32-bit protocol'),
	Boot::like_point($run, qr/^paging: 64MB lowmem at 0xc0000000/m, 'its paging on, shadowed'),
	Boot::like_point($run, qr/^vmi: ROM at 0xc0000: API 3\.0/m, 'the host put the VMI ROM at 0xC0000'),
	Boot::like_point($run, qr/^vmihost: VMI_Init: the guest runs on the ROM now, after \d+ instructions emulated$/m,
			 'VMI_Init reached the host, which accepted'),
	Boot::like_point($run, qr/^paravirt: booting on vmi$/m, 'the VMI backend in charge'),
	Boot::like_point($run, qr/^time: TSC \d+\.\d+ MHz \(from vmi\), tick 100 Hz by a periodic VMI alarm$/m,
			 'the TSC rate and the tick from the ROM\'s time calls'),
	Boot::like_point($run, qr/^# ktest: 0 of 1 suites failed$/m, 'the boot suite passed'),
	{ ok => defined $n && $n > 0, name => 'the host emulated instructions: ' . ($n // 'none') },
	Boot::like_point($native, qr/^paravirt: booting on bare hardware$/m,
			 'paravirt=native: the native backend under the host'),
	Boot::like_point($native, qr/^# ktest: 0 of 1 suites failed$/m,
			 'paravirt=native: the paging suite passed, its stores native, its flushes trapped'),
	Boot::exit_point($run, 1));
