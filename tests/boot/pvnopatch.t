#!/usr/bin/perl
# nopvpatch boot test: the paravirt image with every call site left as is
#
# Boots build/vmlinux with "ktest nopvpatch": every paravirt op is then
# reached through its indirect call, the path a backend's unpatchable
# sites take.  The paravirt suite checks the irq sites still hold their
# indirect calls.  paravirt=xen, a backend that does not exist, must get
# a one-line warning and change nothing.  Log: build/logs/pvnopatch.log.
# SPDX-License-Identifier: GPL-2.0
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/../lib";
use Boot;
use KTAP;

my $vmlinux = Boot::need('build/vmlinux');
my $run = Boot::qemu(name => 'pvnopatch', args => ['-kernel', $vmlinux, '-append', 'ktest nopvpatch paravirt=xen']);
Boot::report($run,
	Boot::like_point($run, qr/^paravirt: booting on bare hardware$/m, 'native backend chosen'),
	Boot::like_point($run, qr/^paravirt: nopvpatch: call sites left indirect$/m, 'nothing patched'),
	Boot::like_point($run, qr/^cmdline: bad value in 'paravirt=xen' \(invalid\), ignored$/m,
			 'paravirt=<unknown backend> is refused in one line'),
	Boot::cmdline_point($run, 'ktest nopvpatch paravirt=xen'),
	KTAP::grade($run->{text}, 'pv'),
	Boot::exit_point($run, 1));
