#!/usr/bin/perl
# VMI boot test: the very build/vmlinux, the whole ktest suite, on our
# VMI ROM under vmihost
#
# vmihost loads build/vmlinux as a PC's kernel and runs it in ring 1 by
# trap-and-emulate until VMI_Init; the kernel's backend finds our ROM at
# 0xC0000, VMI_Init succeeds, the ops come from the ROM's entry points
# (interrupt flag in the shared page, the rest as calls to the host; the
# tick a periodic VMI alarm, one line says so), and the whole KTAP suite
# runs, graded against the pv plan (the vmi suite among it).  The kernel
# runs at kernel_rpl 1, taken from %cs after VMI_Init.  The host names the
# image it ran by its SHA-256, which must be build/vmlinux's.  The same
# again from a GRUB ISO in QEMU.  With vmi=disable_timer the time stays
# on the host's PIT model after VMI_Init, and every suite still passes
# (the vmi suite skips).
# Logs: build/logs/vmi-guest.log, vmi-guest-grub.log,
# vmi-guest-pit.log.
# SPDX-License-Identifier: GPL-2.0
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/../lib";
use Boot;
use KTAP;
use Digest::SHA;

my $vmlinux = Boot::need('build/vmlinux');
my $host = Boot::need('build/vmihost');
my $sha = Digest::SHA->new(256)->addfile($vmlinux)->hexdigest;
my $run = Boot::qemu(name => 'vmi-guest',
		     args => ['-kernel', $host, '-append', 'mem=64M',
			      '-initrd', "$vmlinux ktest"]);
my ($hv) = $run->{text} =~ /^vmihost: \S+: sha256 ([0-9a-f]{64})$/m;
# The same through GRUB, in QEMU: a real loader's module and memory map.
my $iso = "$Boot::LOGS/vmi-guest-grub.iso";
system('sh', "$Boot::ROOT/scripts/mkiso.sh", $vmlinux, $iso, 'ktest',
       $host, 'mem=64M') == 0 or die "vmi-guest.t: mkiso.sh failed\n";
my $grub = Boot::qemu(name => 'vmi-guest-grub', args => ['-cdrom', $iso, '-boot', 'd']);
unlink $iso;
my $pit = Boot::qemu(name => 'vmi-guest-pit',
		     args => ['-kernel', $host, '-append', 'mem=64M',
			      '-initrd', "$vmlinux ktest vmi=disable_timer"]);
Boot::report($run,
	Boot::like_point($grub, qr/^paravirt: booting on vmi$/m, 'GRUB: the VMI backend in charge'),
	Boot::like_point($grub, qr/^# ktest: 0 of \d+ suites failed$/m, 'GRUB: every suite passed'),
	Boot::exit_point($grub, 1),
	Boot::like_point($pit, qr/^vmi: vmi=disable_timer: time stays on the PIT$/m,
			 'vmi=disable_timer: said'),
	Boot::like_point($pit, qr/^time: TSC \d+\.\d{3} MHz, tick \d+ Hz$/m,
			 'vmi=disable_timer: the PIT tick, the TSC calibrated'),
	Boot::like_point($pit, qr/^# ktest: 0 of \d+ suites failed$/m,
			 'vmi=disable_timer: every suite passed'),
	Boot::exit_point($pit, 1),
	{ ok => defined $hv && $hv eq $sha, name => "vmihost ran the bytes of build/vmlinux",
	  diag => ['the host said: ' . ($hv // 'no sha256 line'), "build/vmlinux: $sha"] },
	Boot::like_point($run, qr/^vmi: ROM at 0xc0000: API 3\.0/m, 'the ROM found at 0xC0000'),
	Boot::like_point($run, qr/^vmihost: VMI_Init: the guest runs on the ROM now/m,
			 'VMI_Init succeeded'),
	Boot::like_point($run, qr/^paravirt: booting on vmi$/m, 'the VMI backend in charge'),
	Boot::like_point($run, qr/^time: TSC \d+\.\d{3} MHz \(from vmi\), tick \d+ Hz by a periodic VMI alarm$/m,
			 'the tick and the TSC rate from the ROM\'s time calls'),
	Boot::like_point($run, qr/^    ok \d+ selectors_at_kernel_rpl$/m, 'selectors at kernel_rpl'),
	Boot::cmdline_point($run, 'ktest'),
	KTAP::grade($run->{text}, 'pv'),
	Boot::exit_point($run, 1));
