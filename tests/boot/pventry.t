#!/usr/bin/perl
# A backend's own boot entry: the kernel started as a hypervisor starts it
#
# tests/zpload with --entry=GenuineCount loads build/vmlinux as lguest's
# Launcher does: it finds the string in the image and starts the kernel
# at the byte after it, with paging on and the kernel's RAM at
# PAGE_OFFSET, ESI = the zero page; head.S never runs.  The count
# backend's entry (backends/count/entry.S) must then be in charge from
# the first instruction: paravirt_setup() keeps it even though the
# command line says paravirt=native, and ktest passes.  A string that is
# not in the image is refused by the loader in one line.
# Logs: build/logs/pventry{,-nomagic}.log.
# SPDX-License-Identifier: GPL-2.0
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/../lib";
use Boot;
use KTAP;

my $vmlinux = Boot::need('build/vmlinux');
my $zpload = Boot::need('build/zpload.elf', 'tests/zpload/zpload.c');

my $bad = Boot::qemu(name => 'pventry-nomagic',
		     args => ['-kernel', $zpload, '-initrd', $vmlinux, '-append', '--entry=GenuineNobody ktest']);
Boot::point({ ok => $bad->{text} =~ /^zpload: error: the --entry string is not in the kernel$/m
		&& !$bad->{timed_out} && $bad->{status} == 5,
	      name => 'an entry string not in the image: one error line, status 2',
	      diag => ["exit $bad->{status}", map { "| $_" } split /\n/, $bad->{text}] });

my $run = Boot::qemu(name => 'pventry',
		     args => ['-kernel', $zpload, '-initrd', $vmlinux, '-append',
			      '--entry=GenuineCount ktest paravirt=native']);
my $t = $run->{text};
my @want = map { " BIOS-e820: $_" } $t =~ /^zpload: e820 (.*)$/mg;
my @got = $t =~ /^( BIOS-e820: .*)$/mg;
Boot::report($run,
	Boot::like_point($run, qr/^zpload: .* entering the kernel after "GenuineCount" at 0xc[0-9a-f]{7}, paging on$/m,
			 'zpload entered at the backend\'s entry, paging on'),
	Boot::like_point($run, qr/^boot: protocol zeropage$/m, 'the boot parameters were read from ESI'),
	Boot::like_point($run, qr/^paravirt: started at count's boot entry$/m,
			 'the core knows the backend started the kernel'),
	Boot::like_point($run, qr/^paravirt: paravirt=native ignored: count's entry started the kernel$/m,
			 'paravirt= cannot unseat it, and says so'),
	Boot::like_point($run, qr/^paravirt: booting on count \(native, every op counted\)$/m,
			 'count is the backend'),
	{ ok => @want == 5 && "@got" eq "@want", name => 'kernel e820 map is the one zpload passed',
	  diag => ['zpload passed:', @want, 'kernel printed:', @got] },
	Boot::like_point($run, qr/^count: \d+ ops called/m, 'count\'s table at power-off'),
	KTAP::grade($t),
	Boot::exit_point($run, 1));
