#!/usr/bin/perl
# Zero-page boot test: the Linux 32-bit boot protocol, through zpload
#
# QEMU boots build/zpload.elf (tests/zpload/) by Multiboot with
# build/vmlinux as its module.  zpload copies the kernel to 1 MiB, builds
# a zero page whose e820 map describes only 64 MiB of QEMU's 128, and
# enters the kernel with ESI = zero page.  The kernel must say it booted
# by the zero page, print zpload's e820 map and command line back, size
# memory at ~64 MiB, and pass ktest with the top 64 MiB of the address
# space reserved (reservetop=, as a hypervisor would ask).  A second run
# checks that zpload rejects a file that is not ELF.  Logs:
# build/logs/zeropage*.log.
# SPDX-License-Identifier: GPL-2.0
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/../lib";
use Boot;
use KTAP;

my $vmlinux = Boot::need('build/vmlinux');
my $zpload = Boot::need('build/zpload.elf', 'tests/zpload/zpload.c');
my $run = Boot::qemu(name => 'zeropage',
		     args => ['-kernel', $zpload, '-initrd', $vmlinux, '-append', 'ktest reservetop=64M']);
my $t = $run->{text};

# What zpload says it passed, in the kernel's own print format.
my @want = map { " BIOS-e820: $_" } $t =~ /^zpload: e820 (.*)$/mg;
my @got = $t =~ /^( BIOS-e820: .*)$/mg;
my ($cmdline) = $t =~ /^zpload: command line "(.*)"$/m;
my ($kcmdline) = $t =~ /^Kernel command line: (.*?)\s*$/m;
my ($avail, $total) = $t =~ /^Memory: (\d+)k\/(\d+)k available/m;

my $bad = Boot::qemu(name => 'zeropage-badelf',
		     args => ['-kernel', $zpload, '-initrd', "$Boot::ROOT/Makefile.conf", '-append', '']);
my @badlog = map { "| $_" } split /\n/, $bad->{text};

Boot::report($run,
	Boot::like_point($run, qr/^zpload: zero page at .* entering the kernel/m,
			 'zpload loaded the kernel and entered it'),
	Boot::like_point($run, qr/^boot: protocol zeropage$/m, 'kernel says: boot: protocol zeropage'),
	{ ok => @want == 3 && "@got" eq "@want", name => 'kernel e820 map is the one zpload passed',
	  diag => ['zpload passed:', @want, 'kernel printed:', @got] },
	{ ok => defined $cmdline && defined $kcmdline && $kcmdline eq $cmdline,
	  name => 'kernel command line is the one zpload passed',
	  diag => [sprintf 'zpload passed "%s", kernel printed "%s"', $cmdline // '?', $kcmdline // '?'] },
	{ ok => defined $total && $total >= 60 * 1024 && $total <= 68 * 1024 && $avail <= $total,
	  name => 'Memory total ~64 MiB from e820 (QEMU has 128)',
	  diag => [defined $total ? "Memory: ${avail}k/${total}k" : 'no "Memory: Nk/Mk available" line'] },
	KTAP::grade($t, 'pv'),
	Boot::exit_point($run, 1),
	{ ok => $bad->{text} =~ /^zpload: error: kernel is not an ELF file/m
		&& !$bad->{timed_out} && $bad->{status} == 5,
	  name => 'zpload rejects a non-ELF kernel: one error line, status 2',
	  diag => ["exit $bad->{status}; $bad->{log}:", @badlog] });
