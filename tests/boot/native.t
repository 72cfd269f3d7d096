#!/usr/bin/perl
# Native boot test: the whole ktest suite on QEMU, loaded by -kernel
#
# Boots build/vmlinux (the production image: CONFIG_PARAVIRT=y without
# CONFIG_DEBUG_PARAVIRT, every call site patched for the native backend,
# padded with prefixes and unpoisoned) through QEMU's built-in Multiboot loader with "ktest"
# on the command line and grades the KTAP output case by case
# (tests/lib/KTAP.pm).  The kernel powers off through isa-debug-exit, so
# QEMU must exit 1 (status 0, all passed).  Log: build/logs/native.log.
# SPDX-License-Identifier: GPL-2.0
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/../lib";
use Boot;
use KTAP;

my $vmlinux = Boot::need('build/vmlinux');
my $run = Boot::qemu(name => 'native', args => ['-kernel', $vmlinux, '-append', 'ktest']);
Boot::report($run,
	Boot::like_point($run, qr/^boot: protocol multiboot$/m, 'booted through Multiboot'),
	Boot::like_point($run, qr/^paravirt: booting on bare hardware$/m, 'native backend chosen'),
	Boot::like_point($run, qr/^paravirt: patched (\d+) of \1 call sites$/m, 'every call site patched'),
	Boot::like_point($run, qr/^    ok \d+ clobbers_poisoned # SKIP no CONFIG_DEBUG_PARAVIRT/m,
			 'the production image, without poisoning'),
	Boot::cmdline_point($run, 'ktest'),
	KTAP::grade($run->{text}, 'pv'),
	Boot::exit_point($run, 1));
