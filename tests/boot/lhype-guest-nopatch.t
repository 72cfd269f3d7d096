#!/usr/bin/perl
# lhype boot test: the guest with every call site left indirect
#
# As lhype-guest.t, with nopvpatch on the guest's command line: every
# op is called through the tables the lhype backend filled, so its C
# and assembler ops (entry.S's irq code, lhype_iret reached by the
# indirect jump) run as called, not as inlined.  Log:
# build/logs/lhype-guest-nopatch.log.
# SPDX-License-Identifier: GPL-2.0
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/../lib";
use Boot;
use KTAP;

my $vmlinux = Boot::need('build/vmlinux');
my $lhype = Boot::need('build/lhype');
my $run = Boot::qemu(name => 'lhype-guest-nopatch',
		     args => ['-kernel', $lhype, '-initrd',
			      "$vmlinux ktest nopvpatch", '-append', 'mem=64M']);
Boot::report($run,
	Boot::like_point($run, qr/^paravirt: booting on lhype$/m, 'lhype backend in charge'),
	Boot::like_point($run, qr/^paravirt: nopvpatch: call sites left indirect$/m,
			 'call sites left indirect'),
	Boot::cmdline_point($run, 'ktest nopvpatch'),
	KTAP::grade($run->{text}, 'pv'),
	Boot::exit_point($run, 1));
