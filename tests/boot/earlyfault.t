#!/usr/bin/perl
# A fault before trap_init: head.S's early IDT makes it an oops
#
# setup_arch() runs before trap_init() (Linux's boot order: the paravirt
# backend is chosen first), so head.S loads an early IDT for the
# exceptions.  crashtest=early executes ud2 while the command line is
# parsed: the kernel must print an Oops with registers and a backtrace
# and power off with the panic status, not triple-fault in silence.
# Log: build/logs/earlyfault.log.
# SPDX-License-Identifier: GPL-2.0
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/../lib";
use Boot;

my $vmlinux = Boot::need('build/vmlinux');
my $run = Boot::qemu(name => 'earlyfault', args => ['-kernel', $vmlinux, '-append', 'crashtest=early']);
Boot::report($run,
	Boot::like_point($run, qr/^crashtest: ud2 before trap_init\nOops: invalid opcode/m,
			 'the early ud2 is an Oops'),
	Boot::like_point($run, qr/^Call Trace:\n \[<c0[0-9a-f]{6}>\]/m, 'with a backtrace'),
	{ ok => $run->{text} !~ /^paravirt: booting on/m,
	  name => 'it came before the backend was chosen (no banner yet)' },
	Boot::exit_point($run, 5));
