#!/usr/bin/perl
# Hostile guests: every attack of tests/hostile/list against build/lhype
#
# Boots build/hostile.elf (tests/hostile/) under the lhype host, once per
# attack, in QEMU with -kernel/-initrd, and the attacks Bochs must see
# too from a GRUB ISO on Bochs (segment limits: QEMU's TCG ignores
# them).  Each run must end with the line the list expects and the
# host's own last line: the guest killed (exit status 3), or powered
# off by the guest after its fault handler ran (status 0).  Anything
# else, an attack that returned (status 1) or a hang, fails.
# Logs: build/logs/hostile-<attack>.log, hostile-bochs-<attack>.log.
# SPDX-License-Identifier: GPL-2.0
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/../lib";
use Boot;

my $lhype = Boot::need('build/lhype');
my $guest = Boot::need('build/hostile.elf');
my %sym = map { (split)[2] => hex((split)[0]) } `nm $lhype`;
my $end = qr/^lhype: guest (killed|powered off|crashed)/m;

open my $fh, '<', "$Boot::ROOT/tests/hostile/list" or die "hostile.t: list: $!\n";
my @attacks;
while (<$fh>) {
	next if /^\s*(#|$)/;
	chomp;
	my ($cmd, $qemu, $bochs) = split /\t/;
	die "hostile.t: list line $.: want three tab-separated columns\n" unless defined $bochs;
	$cmd =~ s/@(\w+)/exists $sym{$1} ? sprintf('%#x', $sym{$1}) : die "hostile.t: no symbol $1 in lhype\n"/e;
	push @attacks, [$cmd, $qemu, $bochs];
}

sub grade {
	my ($run, $cmd, $want, $emu) = @_;
	my @p;
	(my $name = $cmd) =~ s/ .*//;
	my $ok = $run->{text} =~ /$want/;
	my @l = split /\n/, $run->{text};
	push @p, { ok => $ok, name => "$emu: $name: $want",
		   diag => ["log $run->{log} ends:", map { "| $_" } @l > 6 ? @l[-6 .. -1] : @l] };
	my $st = $run->{status};
	if ($emu eq 'QEMU') {
		my $killed = $want =~ /^killed:/;
		my $code = $killed ? 7 : 1;
		push @p, { ok => defined $st && $st == $code, name => "$emu: $name: exit status " .
			   ($killed ? '3 (killed)' : '0 (powered off)'),
			   diag => ["QEMU exited with " . ($st // 'nothing') . ", want $code"] };
	}
	push @p, { ok => $run->{text} =~ $end, name => "$emu: $name: the host's last line" };
	return @p;
}

my @points;
for my $a (@attacks) {
	my ($cmd, $qemu) = @$a;
	next if $qemu eq '-';
	(my $name = $cmd) =~ s/ .*//;
	my $run = Boot::qemu(name => "hostile-$name", timeout => 60,
		args => ['-kernel', $lhype, '-append', 'mem=32M irqoff=2', '-initrd', "$guest $cmd"]);
	push @points, grade($run, $cmd, $qemu, 'QEMU');
}
for my $a (@attacks) {
	my ($cmd, undef, $bochs) = @$a;
	next if $bochs eq '-';
	(my $name = $cmd) =~ s/ .*//;
	my $iso = "$Boot::LOGS/hostile-$name.iso";
	system('sh', "$Boot::ROOT/scripts/mkiso.sh", $guest, $iso, $cmd, $lhype, 'mem=32M irqoff=2') == 0
		or die "hostile.t: mkiso failed for $name\n";
	my $run = Boot::bochs(name => "hostile-bochs-$name", iso => $iso, until => $end);
	push @points, grade($run, $cmd, $bochs, 'Bochs');
	unlink $iso;
}
Boot::report(undef, @points);
