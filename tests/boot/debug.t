#!/usr/bin/perl
# Debug-image boot test: CONFIG_DEBUG_PARAVIRT, every site poisoned
#
# Boots build/vmlinux-debug (CONFIG_PARAVIRT=y with CONFIG_DEBUG_PARAVIRT:
# each patched site also inverts the registers its clobber contract lets
# it change) with ktest.  A caller that wrongly keeps such a register
# across a site then misbehaves, so the whole suite must still pass, and
# the paravirt suite's poisoning case must have run, not been skipped.
# build/vmlinux, the production image, has no poison (native.t).
# Log: build/logs/debug.log.
# SPDX-License-Identifier: GPL-2.0
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/../lib";
use Boot;
use KTAP;

my $vmlinux = Boot::need('build/vmlinux-debug');
my $run = Boot::qemu(name => 'debug', args => ['-kernel', $vmlinux, '-append', 'ktest']);
Boot::report($run,
	Boot::like_point($run, qr/^paravirt: patched (\d+) of \1 call sites$/m, 'every call site patched'),
	Boot::like_point($run, qr/^    ok \d+ clobbers_poisoned$/m,
			 'the poisoning case ran (not skipped)'),
	Boot::cmdline_point($run, 'ktest'),
	KTAP::grade($run->{text}, 'pv'),
	Boot::exit_point($run, 1));
