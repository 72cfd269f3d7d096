#!/usr/bin/perl
# scripts/mkiso.sh refuses a bad kernel image before GRUB ever sees it
#
# GRUB stops at its error prompt on a file it cannot load, so an ISO built
# around one hangs at boot.  mkiso.sh must refuse an empty file, a file
# that is not a Multiboot kernel and a truncated build/vmlinux (its
# Multiboot header intact, the rest cut off; or only its symbols and
# debug information, which GRUB loads too): exit 1, one "mkiso: " line
# naming the problem, no ISO left behind.  The real build/vmlinux must
# still make an ISO.  Runs in a temporary directory.
# SPDX-License-Identifier: GPL-2.0
use strict;
use warnings;
use FindBin;
use File::Temp qw(tempdir);
use Test::More;

my $root = "$FindBin::Bin/../..";
my $vmlinux = "$root/build/vmlinux";
plan skip_all => 'build/vmlinux is not built (run make check)' unless -s $vmlinux;
my $dir = tempdir(CLEANUP => 1);

sub put {
	my ($name, $bytes) = @_;
	open my $fh, '>:raw', "$dir/$name" or die "mkiso.t: $dir/$name: $!\n";
	print $fh $bytes;
	close $fh;
	return "$dir/$name";
}

# mkiso.sh KERNEL ISO: (exit status, stderr lines, ISO made?)
sub mkiso {
	my ($kernel, $iso) = @_;
	my @err = `sh '$root/scripts/mkiso.sh' '$kernel' '$iso' ktest 2>&1 >/dev/null`;
	chomp @err;
	return ($? >> 8, \@err, -s $iso);
}

my $image = do { local $/; open my $fh, '<:raw', $vmlinux or die "mkiso.t: $vmlinux: $!\n"; <$fh> };
my @bad = (
	[put('empty', ''), qr/empty file/, 'an empty file'],
	[put('notelf', "#!/bin/sh\necho not a kernel\n"), qr/not a Multiboot kernel/,
	 'a file that is not a kernel'],
	[put('truncated', substr($image, 0, 16384)), qr/truncated: the section header table ends at byte \d+, the file has 16384$/,
	 'build/vmlinux cut to 16 KiB'],
	[put('halved', substr($image, 0, length($image) / 2)), qr/truncated: .* ends at byte \d+, the file has/,
	 'build/vmlinux cut in half (its code whole, GRUB still fails)'],
);
for (@bad) {
	my ($kernel, $re, $what) = @$_;
	my ($st, $err, $made) = mkiso($kernel, "$dir/bad.iso");
	ok($st == 1 && @$err == 1 && $err->[0] =~ /^mkiso: \Q$kernel\E: $re/ && !$made,
	   "$what: exit 1, one line, no ISO")
		or diag("exit $st, ISO " . ($made ? 'made' : 'not made'), map { "| $_" } @$err);
}
my ($st, $err, $made) = mkiso($vmlinux, "$dir/good.iso");
ok($st == 0 && $made, 'build/vmlinux: an ISO is made')
	or diag("exit $st", map { "| $_" } @$err);
done_testing();
