#!/usr/bin/perl
# lhype boot test: the debug image as a guest, every site's clobbers poisoned
#
# As lhype-guest.t with build/vmlinux-debug (CONFIG_DEBUG_PARAVIRT):
# each patched site scrambles the registers it may clobber, so lhype's
# templates and direct calls must keep exactly what their sites
# promise.  Log: build/logs/lhype-guest-debug.log.
# SPDX-License-Identifier: GPL-2.0
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/../lib";
use Boot;
use KTAP;

my $vmlinux = Boot::need('build/vmlinux-debug');
my $lhype = Boot::need('build/lhype');
my $run = Boot::qemu(name => 'lhype-guest-debug',
		     args => ['-kernel', $lhype, '-initrd', "$vmlinux ktest",
			      '-append', 'mem=64M']);
Boot::report($run,
	Boot::like_point($run, qr/^paravirt: booting on lhype$/m, 'lhype backend in charge'),
	Boot::like_point($run, qr/^    ok \d+ irq_sites_hold_lhype_code$/m,
			 'the lhype sites checked in the poisoned image'),
	Boot::cmdline_point($run, 'ktest'),
	KTAP::grade($run->{text}, 'pv'),
	Boot::exit_point($run, 1));
