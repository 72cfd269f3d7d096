#!/usr/bin/perl
# CONFIG_PARAVIRT=n boot test: the same tree built without the layer
#
# Boots build/vmlinux-nopv (the series applied, CONFIG_PARAVIRT=n) with
# ktest, which must pass exactly as the paravirt image does, and must not
# mention paravirt at all.  Log: build/logs/nopv.log.
# SPDX-License-Identifier: GPL-2.0
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/../lib";
use Boot;
use KTAP;

my $vmlinux = Boot::need('build/vmlinux-nopv');
my $run = Boot::qemu(name => 'nopv', args => ['-kernel', $vmlinux, '-append', 'ktest']);
Boot::report($run,
	{ ok => $run->{text} !~ /^paravirt:/m,
	  name => 'no paravirt banner without CONFIG_PARAVIRT' },
	Boot::cmdline_point($run, 'ktest'),
	KTAP::grade($run->{text}, 'nopv'),
	Boot::exit_point($run, 1));
