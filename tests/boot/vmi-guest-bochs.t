#!/usr/bin/perl
# VMI boot test: the guest on Bochs, loaded by GRUB
#
# A GRUB rescue ISO (scripts/mkiso.sh) with build/vmihost as the Multiboot
# kernel and build/vmlinux as its module, "ktest" for the guest, booted
# on Bochs, which checks segment limits that QEMU's TCG ignores (the
# host keeps ring 1 out of its top 4 MiB with them).  Bochs cannot
# power off: the run stops at the host's last line, and the KTAP output
# is graded as in vmi-guest.t.  Log: build/logs/vmi-guest-bochs.log.
# SPDX-License-Identifier: GPL-2.0
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/../lib";
use Boot;
use KTAP;

my $vmlinux = Boot::need('build/vmlinux');
my $host = Boot::need('build/vmihost');
my $iso = "$Boot::LOGS/vmi-guest-bochs.iso";
system('sh', "$Boot::ROOT/scripts/mkiso.sh", $vmlinux, $iso, 'ktest',
       $host, 'mem=64M') == 0 or die "vmi-guest-bochs.t: mkiso.sh failed\n";
my $run = Boot::bochs(name => 'vmi-guest-bochs', iso => $iso,
		      until => qr/^vmihost: guest (?:killed|powered off|crashed)/m);
unlink $iso;
Boot::report($run,
	Boot::like_point($run, qr/^paravirt: booting on vmi$/m, 'the VMI backend in charge'),
	Boot::like_point($run, qr/^vmihost: guest powered off \(status 0\)/m,
			 'the host saw the guest power off, all passed'),
	Boot::cmdline_point($run, 'ktest'),
	KTAP::grade($run->{text}, 'pv'),
	Boot::stopped_point($run));
