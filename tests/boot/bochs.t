#!/usr/bin/perl
# Bochs boot test: the whole ktest suite on a second emulator
#
# Boots build/ktest.iso (the GRUB ISO of grub.t) on Bochs with a Pentium
# III CPU model, which checks the kernel against another implementation
# of the x86 it programs (descriptor caches, paging, SYSENTER, the 8259
# and 8254).  Bochs has no isa-debug-exit: Boot::bochs() watches the
# serial log and stops Bochs when the KTAP top-level plan is answered or
# the kernel crashes, or after BOCHS_TIMEOUT seconds (Makefile.conf).
# Log: build/logs/bochs.log; Bochs's own log: build/logs/bochs.bochsout.
# SPDX-License-Identifier: GPL-2.0
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/../lib";
use Boot;
use KTAP;

my $iso = Boot::need('build/ktest.iso', 'build/vmlinux');
my $run = Boot::bochs(name => 'bochs', iso => $iso);
Boot::report($run,
	Boot::like_point($run, qr/^boot: protocol multiboot$/m, 'booted through Multiboot'),
	Boot::cmdline_point($run, 'ktest'),
	KTAP::grade($run->{text}, 'pv'),
	Boot::stopped_point($run));
