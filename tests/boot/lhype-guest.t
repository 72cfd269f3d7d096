#!/usr/bin/perl
# lhype boot test: the very build/vmlinux, the whole ktest suite, as a guest
#
# Boots build/lhype (the host, a Multiboot kernel) under QEMU with
# build/vmlinux as its module and "ktest" as the guest's command line,
# as Documentation/paravirt/lhype.txt runs it.  The host starts the
# guest at "GenuineLguest" in ring 1 (backends/lhype), so head.S never
# runs; the KTAP output, which the host copies from the guest's console
# to the serial port, is graded case by case against the pv plan, with
# the native-only cases skipping and the lhype suite running.  The
# guest powers off with status 0 through CRASH and the host exits QEMU
# with it (exit 1).  Log: build/logs/lhype-guest.log.
# SPDX-License-Identifier: GPL-2.0
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/../lib";
use Boot;
use KTAP;

my $vmlinux = Boot::need('build/vmlinux');
my $lhype = Boot::need('build/lhype');
my $run = Boot::qemu(name => 'lhype-guest',
		     args => ['-kernel', $lhype, '-initrd', "$vmlinux ktest",
			      '-append', 'mem=64M']);
Boot::report($run,
	Boot::like_point($run, qr/^paravirt: started at lhype's boot entry$/m,
			 'entered at the lhype boot entry'),
	Boot::like_point($run, qr/^paravirt: booting on lhype$/m, 'lhype backend in charge'),
	Boot::like_point($run, qr/^    ok \d+ runs_in_ring_1$/m, 'the kernel runs in ring 1'),
	Boot::like_point($run, qr/^lhype: guest powered off \(status 0\)$/m,
			 'the host saw the guest power off'),
	Boot::cmdline_point($run, 'ktest'),
	KTAP::grade($run->{text}, 'pv'),
	Boot::exit_point($run, 1));
