#!/usr/bin/perl
# Oops test: does a kernel-mode page fault print a full, correct Oops?
#
# Boots build/vmlinux with crashtest=pagefault: after boot the kernel
# prints "crashtest: faulting at 0xADDR" and dereferences ADDR in kernel
# mode.  The fault handler must print "Oops:", a CR2 equal to ADDR and a
# "Call Trace:", in that order, then power off with status 2 (QEMU exit
# 5).  Log: build/logs/oops.log.
# SPDX-License-Identifier: GPL-2.0
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/../lib";
use Boot;

my $vmlinux = Boot::need('build/vmlinux');
my $run = Boot::qemu(name => 'oops', args => ['-kernel', $vmlinux, '-append', 'crashtest=pagefault']);
my $t = $run->{text};

# Position of the first line matching RE after byte FROM, or -1.
sub at {
	my ($re, $from) = @_;
	pos($t) = $from;
	return $t =~ /$re/mg ? $-[0] : -1;
}
my ($addr) = $t =~ /^crashtest: faulting at (0x[0-9a-fA-F]+)\s*$/m;
my $p_crash = at(qr/^crashtest: faulting at/m, 0);
my $p_oops = at(qr/Oops:/, $p_crash < 0 ? 0 : $p_crash);
my $p_cr2 = at(qr/CR2: /, $p_oops < 0 ? 0 : $p_oops);
my $p_trace = at(qr/Call Trace:/, $p_cr2 < 0 ? 0 : $p_cr2);
pos($t) = $p_cr2 < 0 ? 0 : $p_cr2;
my ($cr2) = $t =~ /CR2: (?:0x)?([0-9a-fA-F]+)/g;

Boot::report($run,
	{ ok => defined $addr, name => 'crashtest announced its address',
	  diag => ['no line "crashtest: faulting at 0xADDR"'] },
	{ ok => $p_crash >= 0 && $p_oops > $p_crash, name => '"Oops:" after the crashtest line',
	  diag => ['no "Oops:" line after "crashtest: faulting at"'] },
	{ ok => $p_oops >= 0 && $p_cr2 > $p_oops, name => '"CR2: " in the Oops',
	  diag => ['no "CR2: " after "Oops:"'] },
	{ ok => defined $addr && defined $cr2 && hex($cr2) == hex($addr),
	  name => 'CR2 is the faulting address',
	  diag => [sprintf 'CR2 %s, crashtest address %s', $cr2 // 'missing', $addr // 'missing'] },
	{ ok => $p_cr2 >= 0 && $p_trace > $p_cr2, name => '"Call Trace:" after CR2',
	  diag => ['no "Call Trace:" after "CR2: "'] },
	Boot::exit_point($run, 5));
