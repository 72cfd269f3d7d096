#!/usr/bin/perl
# lhype refuses malformed guest images and bad options, with one line
#
# Each case boots build/lhype in QEMU with a broken guest (made here from
# build/hostile.elf, a small lguest-entry ELF with two loadable
# segments) or a bad module or option, and requires the host's one
# "lhype: ..." line naming the fault and exit status 4 (QEMU: 9), the
# status for "no guest to run"; never a hang, a guest run or a panic.
# Cases: not ELF, truncated, no "GenuineLguest", a segment outside guest
# memory, a huge p_memsz, overlapping segments, no module at all, a
# module command line longer than a page, an unknown option, mem= too
# small and mem= too large for the machine.  And the host's own
# failure: "hostpanic" makes it fault after loading the guest, which its
# IDT must turn into one "host panic" line and status 5 (QEMU: 11).
# The images: build/logs/lhype-image-<case>.elf.
# SPDX-License-Identifier: GPL-2.0
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/../lib";
use Boot;

my $lhype = Boot::need('build/lhype');
my $base = Boot::need('build/hostile.elf');
open my $fh, '<:raw', $base or die "lhype-images.t: $base: $!\n";
my $elf = do { local $/; <$fh> };
close $fh;

my ($phoff, $phnum) = unpack 'x28 V x10 v', $elf;
# Program header i's field at byte off (p_vaddr 8, p_paddr 12, p_memsz 20).
sub phdr {
	my ($img, $i, $off, $val) = @_;
	substr($img, $phoff + 32 * $i + $off, 4) = pack 'V', $val;
	return $img;
}
my ($paddr0) = unpack 'x12 V', substr($elf, $phoff, 32);
(my $nomagic = $elf) =~ s/GenuineLguest/GenuineLguesT/g;

my @cases = (
	['not-elf', "#!/bin/sh\necho this is not a kernel\n" x 50, '', qr/: not an ELF file$/],
	['truncated', substr($elf, 0, 0x1800), '', qr/: truncated: segment 0's bytes past the end$/],
	['no-magic', $nomagic, '', qr/: no "GenuineLguest" entry in the image$/],
	['outside', phdr($elf, 0, 12, 0x7f000000), '',
	 qr/: segment 0 at 0x7f000000 \+ 0x[0-9a-f]+ is outside guest memory \(/],
	['huge-memsz', phdr($elf, 1, 20, 0xfffff000), '', qr/: segment 1: huge p_memsz 0xfffff000/],
	['overlap', phdr(phdr($elf, 1, 12, $paddr0 + 0x1000), 1, 8,
			 unpack('x8 V', substr($elf, $phoff, 32)) + 0x1000), '',
	 qr/: loadable segments 0 and 1 overlap in guest memory$/],
	['no-module', undef, '', qr/^lhype: no guest image: give it as the first Multiboot module/m],
	['long-cmdline', $elf, 'k' x 5000, qr/guest command line is 5000 bytes, the limit is 4095/],
	['bad-option', $elf, '', qr/^lhype: .*"frobnicate"/m, 'frobnicate'],
	['small-mem', $elf, '', qr/^lhype: .*mem=2M/m, 'mem=2M'],
	['large-mem', $elf, '', qr/^lhype: .*mem=/m, 'mem=4G'],
	['host-panic', $elf, 'read-host', qr/^lhype: host panic: exception 14 .* cr2 0xf0000000/m,
	 'mem=32M hostpanic', 11],
);

my @points;
for my $c (@cases) {
	my ($name, $img, $args, $want, $opts, $code) = @$c;
	$code //= 9;
	my @initrd;
	if (defined $img) {
		my $f = "$Boot::LOGS/lhype-image-$name.elf";
		open my $out, '>:raw', $f or die "lhype-images.t: $f: $!\n";
		print $out $img;
		close $out;
		@initrd = ('-initrd', "$f $args");
	}
	my $run = Boot::qemu(name => "lhype-image-$name", timeout => 30,
		args => ['-kernel', $lhype, '-append', $opts // 'mem=32M', @initrd]);
	my @host = grep { /^lhype: / } split /\n/, $run->{text};
	push @points,
		{ ok => scalar($run->{text} =~ $want), name => "$name: the host says $want",
		  diag => ['its lines:', map { "| $_" } split /\n/, $run->{text}] },
		$code == 9 ? { ok => @host == 1, name => "$name: one line from the host",
			       diag => [scalar(@host) . ' lines'] }
			   : { ok => @host && $host[-1] =~ $want, name => "$name: the host's last line" },
		{ ok => defined $run->{status} && $run->{status} == $code,
		  name => "$name: exit status " . ($code >> 1) . ($code == 9 ? ' (no guest to run)' : ' (host panic)'),
		  diag => ['QEMU exited with ' . ($run->{status} // 'nothing') . ", want $code"] };
}
Boot::report(undef, @points);
