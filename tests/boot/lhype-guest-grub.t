#!/usr/bin/perl
# lhype boot test: the guest loaded by GRUB, in QEMU
#
# The GRUB rescue ISO of lhype-guest-bochs.t (build/lhype the Multiboot
# kernel, build/vmlinux its module with "ktest"), booted in QEMU from the
# CD drive, so the host meets a real boot loader's Multiboot
# information, memory map and module string.  Graded as lhype-guest.t,
# with the host's exit status (1: all passed).
# Log: build/logs/lhype-guest-grub.log.
# SPDX-License-Identifier: GPL-2.0
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/../lib";
use Boot;
use KTAP;

my $vmlinux = Boot::need('build/vmlinux');
my $lhype = Boot::need('build/lhype');
my $iso = "$Boot::LOGS/lhype-guest-grub.iso";
system('sh', "$Boot::ROOT/scripts/mkiso.sh", $vmlinux, $iso, 'ktest',
       $lhype, 'mem=64M') == 0 or die "lhype-guest-grub.t: mkiso.sh failed\n";
my $run = Boot::qemu(name => 'lhype-guest-grub', args => ['-cdrom', $iso, '-boot', 'd']);
unlink $iso;
Boot::report($run,
	Boot::like_point($run, qr{^lhype: /boot/vmlinux: sha256 [0-9a-f]{64}$}m,
			 'the host got the module from GRUB'),
	Boot::like_point($run, qr/^paravirt: booting on lhype$/m, 'lhype backend in charge'),
	Boot::cmdline_point($run, 'ktest'),
	KTAP::grade($run->{text}, 'pv'),
	Boot::exit_point($run, 1));
