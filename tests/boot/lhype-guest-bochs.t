#!/usr/bin/perl
# lhype boot test: the guest on Bochs, loaded by GRUB
#
# A GRUB rescue ISO (scripts/mkiso.sh) with build/lhype as the Multiboot
# kernel and build/vmlinux as its module, "ktest" for the guest, booted
# on Bochs, which checks segment limits that QEMU's TCG ignores (the
# host keeps ring 1 out of its top 4 MiB with them).  Bochs cannot
# power off: the run stops at the host's last line, and the KTAP output
# is graded as in lhype-guest.t.  Log: build/logs/lhype-guest-bochs.log.
# SPDX-License-Identifier: GPL-2.0
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/../lib";
use Boot;
use KTAP;

my $vmlinux = Boot::need('build/vmlinux');
my $lhype = Boot::need('build/lhype');
my $iso = "$Boot::LOGS/lhype-guest-bochs.iso";
system('sh', "$Boot::ROOT/scripts/mkiso.sh", $vmlinux, $iso, 'ktest',
       $lhype, 'mem=64M') == 0 or die "lhype-guest-bochs.t: mkiso.sh failed\n";
my $run = Boot::bochs(name => 'lhype-guest-bochs', iso => $iso,
		      until => qr/^lhype: guest (?:killed|powered off|crashed)/m);
unlink $iso;
Boot::report($run,
	Boot::like_point($run, qr/^paravirt: booting on lhype$/m, 'lhype backend in charge'),
	Boot::like_point($run, qr/^lhype: guest powered off \(status 0\)$/m,
			 'the host saw the guest power off, all passed'),
	Boot::cmdline_point($run, 'ktest'),
	KTAP::grade($run->{text}, 'pv'),
	Boot::stopped_point($run));
