#!/usr/bin/perl
# Memory size test: ktest passes at the minimum, less gets one clear line
#
# The kernel needs usable RAM from 1 MiB to the end of its image and
# page map; QEMU -m 2 is the documented minimum (Documentation/boot.txt).
# Boots build/vmlinux with ktest three ways, the last -m overriding
# Makefile.conf's:
#  - -m 2: every suite must pass (boot.boot_info and paging.linear_map
#    check what the memory map says, not RAM at fixed addresses);
#  - RAM just over the image's end (QEMU loads it and it runs, but the
#    BIOS keeps the top 128 KiB, so the map stops inside the image): one
#    "Memory:" panic line and status 2;
#  - -m 1, no RAM under the image: Boot.pm refuses it with one line, and
#    a 3-second run without the check shows the silent hang it prevents.
# Then `make run` with -m 1 must say the same line and fail.  Logs:
# build/logs/memsize-*.log.
# SPDX-License-Identifier: GPL-2.0
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/../lib";
use Boot;
use KTAP;

my $vmlinux = Boot::need('build/vmlinux');
my $end = Boot::elf_end($vmlinux) // die "memsize.t: build/vmlinux is not ELF\n";
my $small_k = (($end + 0xffff) & ~0xffff) >> 10;	# 64 KiB steps, as QEMU's BIOS

my $min = Boot::qemu(name => 'memsize-2M', args => ['-m', '2', '-kernel', $vmlinux, '-append', 'ktest']);
my $small = Boot::qemu(name => 'memsize-small',
		       args => ['-m', "${small_k}k", '-kernel', $vmlinux, '-append', 'ktest']);
my $none = Boot::qemu(name => 'memsize-1M', args => ['-m', '1', '-kernel', $vmlinux, '-append', 'ktest']);
my $hang = Boot::qemu(name => 'memsize-1M-unchecked', unchecked => 1, timeout => 3,
		      args => ['-m', '1', '-kernel', $vmlinux, '-append', 'ktest']);

my $machine = Boot::conf()->{QEMU_MACHINE};
my $out = do {
	local %ENV = %ENV;
	delete @ENV{qw(MAKEFLAGS MFLAGS MAKELEVEL)};
	`make -s -C '$Boot::ROOT' -o build/vmlinux run QEMU_MACHINE='$machine -m 1' </dev/null 2>&1`;
};
my $make_st = $? >> 8;

my @panic = $small->{text} =~ /^(Kernel panic.*?)\s*$/mg;
my $ok_panic = @panic == 1 && $panic[0] =~ /^Kernel panic - not syncing: Memory: the kernel and mem_map need usable RAM at 0x100000-0x[0-9a-f]+; the map has it to 0x[0-9a-f]+$/;
my $refusal = qr/^QEMU -m 1 is 1024k of RAM, but build\/vmlinux loads up to 0x[0-9a-f]+ \(\d+k\): it would run in missing memory and hang without a word$/;

Boot::tail($min) if grep { !$_->{ok} } KTAP::grade($min->{text}), Boot::exit_point($min, 1);
Boot::report($small,
	Boot::like_point($min, qr/^Memory: \d+k\/\d+k available/m, '-m 2: memory sized'),
	map({ { %$_, name => "-m 2: $_->{name}" } } KTAP::grade($min->{text})),
	{ %{Boot::exit_point($min, 1)}, name => '-m 2: QEMU exit status 1 (kernel status 0)' },
	{ ok => $ok_panic, name => "-m ${small_k}k: one \"Memory:\" panic line",
	  diag => [@panic ? map { "got: $_" } @panic : 'no "Kernel panic" line'] },
	{ ok => $small->{text} !~ /^KTAP version/m, name => "-m ${small_k}k: stops before ktest",
	  diag => ['the self-tests started'] },
	{ %{Boot::exit_point($small, 5)}, name => "-m ${small_k}k: QEMU exit status 5 (kernel status 2)" },
	{ ok => ($none->{refused} // '') =~ $refusal, name => '-m 1: Boot.pm refuses it with one line',
	  diag => ['got: ' . ($none->{refused} // "no refusal; exit $none->{status}")] },
	{ ok => $hang->{timed_out} && $hang->{text} eq '',
	  name => '-m 1 unchecked: QEMU runs silent until killed (what the refusal prevents)',
	  diag => [sprintf 'exit %s, %d bytes of serial output', $hang->{status}, length $hang->{text}] },
	{ ok => $make_st != 0 && $out =~ /^pv386: QEMU -m 1 is 1024k of RAM, but/m
		&& ($out =~ tr/\n//) <= 2,
	  name => 'make run with -m 1: one line and a failure status',
	  diag => ["make run exited $make_st", map { "| $_" } split /\n/, $out] });
