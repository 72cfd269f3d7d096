#!/usr/bin/perl
# One image, three ways: the very bytes of build/vmlinux, on bare
# hardware, as lhype's guest and as vmihost's (VMI)
#
# Boots build/vmlinux with qemu -kernel, and build/lhype and
# build/vmihost with the same file as their module, all with
# "ktest=boot,cpu".  Each host prints the SHA-256 of the module bytes it
# loaded (hv/core/sha256.c); it must be the SHA-256 of build/vmlinux as
# this test reads it, the file the native run was given.  Each run must
# report its own backend and pass both suites.
# Logs: build/logs/same-image-{native,lhype,vmi}.log.
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
my $vmi = Boot::qemu(name => 'same-image-vmi',
		     args => ['-kernel', Boot::need('build/vmihost'), '-append', 'mem=64M',
			      '-initrd', "$vmlinux ktest=boot,,cpu"]);
my ($vh) = $vmi->{text} =~ /^vmihost: \S+: sha256 ([0-9a-f]{64})$/m;
Boot::report(undef,
	{ ok => defined $vh && $vh eq $sha, name => "vmihost ran the bytes of build/vmlinux too",
	  diag => ['the host said: ' . ($vh // 'no sha256 line')] },
	Boot::like_point($vmi, qr/^paravirt: booting on vmi$/m, 'vmi: the VMI backend'),
	Boot::like_point($vmi, qr/^# ktest: 0 of 2 suites failed/m, 'vmi: boot and cpu passed'),
	Boot::exit_point($vmi, 1),
	{ ok => defined $hv && $hv eq $sha, name => "lhype ran the bytes of build/vmlinux (sha256 $sha)",
	  diag => ['the host said: ' . ($hv // 'no sha256 line')] },
	Boot::like_point($native, qr/^paravirt: booting on bare hardware$/m, 'native: bare hardware'),
	Boot::like_point($guest, qr/^paravirt: booting on lhype$/m, 'lhype: the lhype backend'),
	Boot::like_point($native, qr/^# ktest: 0 of 2 suites failed/m, 'native: boot and cpu passed'),
	Boot::like_point($guest, qr/^# ktest: 0 of 2 suites failed/m, 'lhype: boot and cpu passed'),
	Boot::exit_point($native, 1),
	Boot::exit_point($guest, 1));
