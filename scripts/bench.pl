#!/usr/bin/perl
# make bench: run the micro-benchmarks in each configuration and report
#
# Usage: bench.pl OUTDIR NAME=[HOST+]IMAGE[,EXTRA_CMDLINE] ...
# Boots each image under QEMU with -icount shift=0 (the TSC counts every
# instruction the CPU executes: exact and repeatable, unlike time under
# TCG) and "bench" on the command line; kernel/bench.c and usr/bench.c
# print one line per benchmark, "bench: NAME OPS TSC [HV_ENTRIES]".
# With HOST+ the image runs as that hypervisor's guest: QEMU boots HOST
# (build/lhype) with IMAGE as its Multiboot module and the command line
# on the module, as Documentation/paravirt/lhype.txt runs it; the TSC
# then counts host and guest instructions alike.  Writes
# OUTDIR/results.csv (benchmark, config, instructions_per_op,
# hv_entries_per_op), OUTDIR/results.md (the table, with each
# configuration's ratio to the first, and the hv entries of the
# hypervisor configurations) and OUTDIR/results.svg (a bar chart of the
# ratios), and prints the table.  hv_entries_per_op is the optional 4th
# number over OPS: guest-to-host transitions, which only a kernel under
# a hypervisor counts (paravirt_hv_exits()); 0 on bare metal.
# OUTDIR/images.txt names what ran: per configuration, the sha256 of
# each image file it booted and its path, so the figures can be tied to
# the very images make check boots.
# SPDX-License-Identifier: GPL-2.0
use strict;
use warnings;
use FindBin;
use Digest::SHA;

# The host's own command line for a hypervisor configuration.
my $HVOPTS = 'mem=64M';

# Reads a serial log: returns (\@order, {name => [ops, tsc, hv]}, done)
# or dies with one line saying what is wrong.  hv is undef when a line
# has no 4th number.  Used by tests/unit/bench.t as well.
sub parse_log {
	my ($fh, $what) = @_;
	my (@order, %r);
	my $done = 0;
	while (<$fh>) {
		s/\r//;
		$done = 1 if /^bench: done$/;
		die "bench: $what: $_" if /^bench: FAILED|^bench: the user benchmarks failed/;
		next unless /^bench: (\w+) /;
		my $b = $1;
		next if $b eq 'start' || $b eq 'done' || $b eq 'skipped';
		/^bench: \w+ (\d+) (\d+)(?: (\d+))?$/ && $1 > 0
			or die "bench: $what: malformed line: $_";
		die "bench: $what: $b reported twice\n" if $r{$b};
		push @order, $b;
		$r{$b} = [$1, $2, $3];
	}
	return (\@order, \%r, $done);
}

main() unless caller;

sub main {
	my ($out, @configs) = @ARGV;
	die "usage: bench.pl OUTDIR NAME=[HOST+]IMAGE[,CMDLINE] ...\n" unless $out && @configs;
	my %conf;
	open my $cf, '<', "$FindBin::Bin/../Makefile.conf" or die "Makefile.conf: $!\n";
	while (<$cf>) { $conf{$1} = $2 if /^(\w+)\s*:=\s*(.*?)\s*$/ }
	close $cf;
	(my $machine = $conf{QEMU_MACHINE}) =~ s/-accel tcg//;
	system('mkdir', '-p', $out, 'build/logs') == 0 or die "mkdir: $!\n";

	my (%ipo, %hvpo, %hv, %img, %extra, @names, @order, @images);
	for my $c (@configs) {
		my ($name, $spec) = split /=/, $c, 2;
		die "bench: $c: not NAME=[HOST+]IMAGE[,CMDLINE]\n" unless $name && $spec;
		my ($images, $extra) = split /,/, $spec, 2;
		my ($host, $image) = $images =~ /\+/ ? split(/\+/, $images, 2) : (undef, $images);
		my $cmdline = 'bench' . ($extra ? " $extra" : '');
		for ($host // (), $image) {
			die "bench: $_: no such image (run make)\n" unless -f $_;
			push @images, sprintf "%s %s %s\n", $name,
				Digest::SHA->new(256)->addfile($_)->hexdigest, $_;
		}
		push @names, $name;
		$hv{$name} = defined $host;
		$img{$name} = $image;
		$extra{$name} = $extra;
		(my $mcmd = $cmdline) =~ s/,/,,/g;	# -initrd splits at commas
		my $boot = $host ? "-kernel $host -append '$HVOPTS' -initrd '$image $mcmd'"
				 : "-kernel $image -append '$cmdline'";
		my $log = "build/logs/bench-$name.log";
		my $cmd = "timeout $conf{QEMU_TIMEOUT} $conf{QEMU} $machine -icount shift=0 "
			. "-serial file:$log $boot > /dev/null 2>&1";
		my $st = system($cmd) >> 8;
		open my $lf, '<', $log or die "$log: $!\n";
		my ($ord, $r, $done) = parse_log($lf, $name);
		close $lf;
		die "bench: $name did not finish (QEMU exit $st); see $log\n" unless $done && $st == 1;
		for my $b (@$ord) {
			push @order, $b unless grep { $_ eq $b } @order;
			my ($ops, $tsc, $n) = @{$r->{$b}};
			$ipo{$b}{$name} = $tsc / $ops;
			$hvpo{$b}{$name} = ($n // 0) / $ops;
		}
	}

	open my $img, '>', "$out/images.txt" or die "$out/images.txt: $!\n";
	print $img "# config sha256 image\n", @images;
	close $img;

	open my $csv, '>', "$out/results.csv" or die "$out/results.csv: $!\n";
	print $csv "benchmark,config,instructions_per_op,hv_entries_per_op\n";
	for my $b (@order) {
		printf $csv "%s,%s,%.2f,%.2f\n", $b, $_, $ipo{$b}{$_}, $hvpo{$b}{$_}
			for grep { defined $ipo{$b}{$_} } @names;
	}
	close $csv;

	# Each configuration's ratio is to the base (the first), but a guest's
	# is to the configuration that booted the same image on bare hardware
	# (lhype to pv): the issue's targets are set against that.
	my $base = $names[0];
	my %ref;
	for my $n (@names) {
		($ref{$n}) = grep { !$hv{$_} && $img{$_} eq $img{$n} && !$extra{$_} } @names
			if $hv{$n};
		$ref{$n} //= $base;
	}
	my @hdr = ('benchmark', map { ($_, $_ eq $base ? () : "$_/$ref{$_}",
				       $hv{$_} ? "$_ hv" : ()) } @names);
	my @rows;
	for my $b (@order) {
		my @r = ($b);
		for my $n (@names) {
			my $v = $ipo{$b}{$n};
			push @r, defined $v ? sprintf('%.1f', $v) : '-';
			if ($n ne $base) {
				my $rv = $ipo{$b}{$ref{$n}};
				push @r, defined $v && $rv ? sprintf('%.4f', $v / $rv) : '-';
			}
			push @r, defined $v ? sprintf('%.2f', $hvpo{$b}{$n}) : '-' if $hv{$n};
		}
		push @rows, \@r;
	}
	open my $md, '>', "$out/results.md" or die "$out/results.md: $!\n";
	print $md "Instructions per operation (qemu -icount shift=0: host and guest alike); "
		. "ratios against $base, a guest's against the same image on bare hardware; "
		. "hv: guest-to-host transitions per operation.\n\n";
	print $md '| ' . join(' | ', @hdr) . " |\n";
	print $md '|' . join('|', map { '---' } @hdr) . "|\n";
	print $md '| ' . join(' | ', @$_) . " |\n" for @rows;
	close $md;
	my @w = map { my $i = $_; (sort { $b <=> $a } map { length $_->[$i] } \@hdr, @rows)[0] } 0 .. $#hdr;
	printf "%-*s  " x @hdr . "\n", map { ($w[$_], $hdr[$_]) } 0 .. $#hdr;
	for my $r (@rows) {
		printf "%-*s  " x @$r . "\n", map { ($w[$_], $r->[$_]) } 0 .. $#$r;
	}

	# The chart: one group of bars per benchmark, the ratio to the base.
	my @others = grep { $_ ne $base } @names;
	my ($bw, $gap, $h, $left) = (14, 18, 300, 60);
	my $gw = $bw * @others + $gap;
	my $width = $left + $gw * @order + 20;
	my $max = 1.2;
	for my $b (@order) {
		for (@others) {
			my $r = $ipo{$b}{$base} ? ($ipo{$b}{$_} // 0) / $ipo{$b}{$base} : 0;
			$max = $r if $r > $max;
		}
	}
	my @colour = ('#4477aa', '#ee6677', '#228833', '#ccbb44', '#66ccee');
	open my $svg, '>', "$out/results.svg" or die "$out/results.svg: $!\n";
	print $svg qq{<svg xmlns="http://www.w3.org/2000/svg" width="$width" height="}
		. ($h + 130) . qq{" font-family="sans-serif" font-size="11">\n};
	print $svg qq{<rect width="100%" height="100%" fill="white"/>\n};
	print $svg qq{<text x="$left" y="16" font-size="13">Instructions per operation, relative to $base</text>\n};
	my $y = sub { 30 + $h - $_[0] / $max * $h };
	for my $t (0, 0.5, 1, 1.5, 2, 3, 4, 6, 8) {
		last if $t > $max;
		my $yy = $y->($t);
		print $svg qq{<line x1="$left" x2="$width" y1="$yy" y2="$yy" stroke="}
			. ($t == 1 ? '#000' : '#ddd') . qq{"/><text x="} . ($left - 5)
			. qq{" y="$yy" text-anchor="end">$t</text>\n};
	}
	for my $i (0 .. $#order) {
		my $b = $order[$i];
		my $x0 = $left + $i * $gw + $gap / 2;
		for my $k (0 .. $#others) {
			my $r = $ipo{$b}{$base} ? ($ipo{$b}{$others[$k]} // 0) / $ipo{$b}{$base} : 0;
			my ($x, $top) = ($x0 + $k * $bw, $y->($r));
			printf $svg qq{<rect x="%d" y="%.1f" width="%d" height="%.1f" fill="%s"/>\n},
				$x, $top, $bw - 2, $y->(0) - $top, $colour[$k % @colour];
		}
		my $lx = $x0 + $bw * @others / 2;
		my $ly = 30 + $h + 10;
		print $svg qq{<text transform="translate($lx,$ly) rotate(60)">$b</text>\n};
	}
	for my $k (0 .. $#others) {
		my $lx = $width - 150;
		my $ly = 30 + 14 * $k;
		print $svg qq{<rect x="$lx" y="} . ($ly - 9) . qq{" width="10" height="10" fill="$colour[$k % @colour]"/>}
			. qq{<text x="} . ($lx + 14) . qq{" y="$ly">$others[$k]/$base</text>\n};
	}
	print $svg "</svg>\n";
	close $svg;
	print "\nwrote $out/results.csv, results.md, results.svg, images.txt\n";
}
