#!/usr/bin/perl
# VMI boot test: the very build/vmlinux, the whole ktest suite, on our
# VMI ROM under vmihost
#
# vmihost loads build/vmlinux as a PC's kernel and runs it in ring 1 by
# trap-and-emulate until VMI_Init; the kernel's backend finds our ROM at
# 0xC0000, VMI_Init succeeds, the ops come from the ROM's entry points
# (interrupt flag in the shared page, the rest as calls to the host), and
# the whole KTAP suite runs, graded against the pv plan.  The kernel
# runs at kernel_rpl 1, taken from %cs after VMI_Init.  The host names the
# image it ran by its SHA-256, which must be build/vmlinux's.  The same
# again from a GRUB ISO in QEMU.
# Logs: build/logs/vmi-guest.log, vmi-guest-grub.log.
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
Boot::report($run,
	Boot::like_point($grub, qr/^paravirt: booting on vmi$/m, 'GRUB: the VMI backend in charge'),
	Boot::like_point($grub, qr/^# ktest: 0 of \d+ suites failed$/m, 'GRUB: every suite passed'),
	Boot::exit_point($grub, 1),
	{ ok => defined $hv && $hv eq $sha, name => "vmihost ran the bytes of build/vmlinux",
	  diag => ['the host said: ' . ($hv // 'no sha256 line'), "build/vmlinux: $sha"] },
	Boot::like_point($run, qr/^vmi: ROM at 0xc0000: API 3\.0/m, 'the ROM found at 0xC0000'),
	Boot::like_point($run, qr/^vmihost: VMI_Init: the guest runs on the ROM now/m,
			 'VMI_Init succeeded'),
	Boot::like_point($run, qr/^paravirt: booting on vmi$/m, 'the VMI backend in charge'),
	Boot::like_point($run, qr/^    ok \d+ selectors_at_kernel_rpl$/m, 'selectors at kernel_rpl'),
	Boot::cmdline_point($run, 'ktest'),
	KTAP::grade($run->{text}, 'pv'),
	Boot::exit_point($run, 1));
