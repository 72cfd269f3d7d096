#!/usr/bin/perl
# GRUB boot test: the whole ktest suite, loaded by GRUB 2 from a CD
#
# Boots build/ktest.iso (scripts/mkiso.sh: a GRUB rescue ISO whose
# grub.cfg runs `multiboot /boot/vmlinux ktest` at once) in QEMU from
# the CD drive, so the kernel meets a real boot loader's Multiboot
# information and the real BIOS memory map.  Grades KTAP and the exit
# status like native.t.  tests/boot/bochs.t boots the same ISO on Bochs.
# Log: build/logs/grub.log.
# SPDX-License-Identifier: GPL-2.0
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/../lib";
use Boot;
use KTAP;

my $iso = Boot::need('build/ktest.iso', 'build/vmlinux');
my $run = Boot::qemu(name => 'grub', args => ['-cdrom', $iso, '-boot', 'd']);
Boot::report($run,
	Boot::like_point($run, qr/^boot: protocol multiboot$/m, 'booted through Multiboot'),
	Boot::cmdline_point($run, 'ktest'),
	KTAP::grade($run->{text}, 'pv'),
	Boot::exit_point($run, 1));
