#!/usr/bin/perl
# One image, two ways: the very bytes of build/vmlinux, on bare
# hardware and as lhype's guest
#
# Boots build/vmlinux with qemu -kernel, and build/lhype with the same
# file as its module, both with "ktest=boot,cpu".  The host prints the
# SHA-256 of the module bytes it loaded (hv/core/sha256.c); it must be
# the SHA-256 of build/vmlinux as this test reads it, the file the
# native run was given.  Each run must report its own backend and pass
# both suites.  Logs: build/logs/same-image-{native,lhype}.log.
# SPDX-License-Identifier: GPL-2.0
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/../lib";
use Boot;
use Digest::SHA;

my $vmlinux = Boot::need('build/vmlinux');
my $lhype = Boot::need('build/lhype');
my $sha = Digest::SHA->new(256)->addfile($vmlinux)->hexdigest;
my $native = Boot::qemu(name => 'same-image-native',
			args => ['-kernel', $vmlinux, '-append', 'ktest=boot,cpu']);
my $guest = Boot::qemu(name => 'same-image-lhype',
		       args => ['-kernel', $lhype, '-append', 'mem=64M',
				'-initrd', "$vmlinux ktest=boot,,cpu"]);
my ($hv) = $guest->{text} =~ /^lhype: \S+: sha256 ([0-9a-f]{64})$/m;
Boot::report(undef,
	{ ok => defined $hv && $hv eq $sha, name => "lhype ran the bytes of build/vmlinux (sha256 $sha)",
	  diag => ['the host said: ' . ($hv // 'no sha256 line')] },
	Boot::like_point($native, qr/^paravirt: booting on bare hardware$/m, 'native: bare hardware'),
	Boot::like_point($guest, qr/^paravirt: booting on lhype$/m, 'lhype: the lhype backend'),
	Boot::like_point($native, qr/^# ktest: 0 of 2 suites failed/m, 'native: boot and cpu passed'),
	Boot::like_point($guest, qr/^# ktest: 0 of 2 suites failed/m, 'lhype: boot and cpu passed'),
	Boot::exit_point($native, 1),
	Boot::exit_point($guest, 1));
