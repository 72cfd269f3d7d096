#!/usr/bin/perl
# Demo boot test: the default boot runs the user-space demo and powers off
#
# Boots build/vmlinux with an empty command line: the kernel starts its
# short user-space demo and must then power off cleanly through
# isa-debug-exit with status 0 (QEMU exit 1), with its banner printed and
# no Oops or panic on the way.  Log: build/logs/demo.log.
# SPDX-License-Identifier: GPL-2.0
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/../lib";
use Boot;
use KTAP;

my $vmlinux = Boot::need('build/vmlinux');
my $run = Boot::qemu(name => 'demo', args => ['-kernel', $vmlinux, '-append', '']);
Boot::report($run,
	Boot::like_point($run, qr/^pv386 version /m, 'banner "pv386 version" printed'),
	Boot::like_point($run, qr/^Kernel command line:/m, 'command line printed'),
	{ ok => $run->{text} !~ /^KTAP version/m, name => 'no self-tests without ktest',
	  diag => ['"KTAP version" printed although the command line has no ktest'] },
	KTAP::no_crash($run->{text}),
	Boot::exit_point($run, 1));
