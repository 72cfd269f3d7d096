#!/usr/bin/perl
# make bench's log parser: can it fail, and does it read the hv entries?
#
# Feeds scripts/bench.pl's parse_log() canned serial logs, as the native
# and lhype configurations print them: lines with three numbers (a
# kernel without CONFIG_PARAVIRT) and with a 4th, the hv entries; the
# host's own lines, skipped benchmarks, and the bad cases (a failed
# check, a malformed or repeated line, a missing "bench: done"), each of
# which must stop make bench with one line.  No QEMU, no timing: the
# figures themselves are make bench's, never make check's.
# SPDX-License-Identifier: GPL-2.0
use strict;
use warnings;
use FindBin;
use Test::More;

require "$FindBin::Bin/../../scripts/bench.pl";

sub parse {
	my ($text) = @_;
	open my $fh, '<', \$text or die;
	return main::parse_log($fh, 'test');
}

sub dies {
	my ($text, $like, $name) = @_;
	my $ok = eval { parse($text); 1 };
	ok(!$ok && $@ =~ $like, $name) or diag($ok ? 'it did not die' : $@);
}

my $LHYPE = <<"EOF2";
lhype: guest memory 64 MiB\r
bench: start
bench: irq_pair 100000 2200010 0
bench: cr3_reload 20000 10291726 20001\r
bench: skipped user_outb: the kernel runs in ring 1, so no iopl(3)
bench: pipe_pingpong 2000 8026636 4005
bench: done
lhype: guest powered off (status 0)
EOF2

my ($order, $r, $done) = parse($LHYPE);
is_deeply($order, [qw(irq_pair cr3_reload pipe_pingpong)],
	  'lhype: the benchmarks in order, the skipped one left out');
is_deeply($r->{cr3_reload}, [20000, 10291726, 20001],
	  'lhype: ops, TSC and hv entries of a line (a CR at its end too)');
is($r->{pipe_pingpong}[2] / $r->{pipe_pingpong}[0], 2.0025,
   'lhype: hv entries per op');
is($r->{irq_pair}[2], 0, 'lhype: 0 hv entries is a number, not absent');
ok($done, 'lhype: bench: done seen');

($order, $r, $done) = parse("bench: outb 20000 60000\nbench: done\n");
is_deeply($r->{outb}, [20000, 60000, undef],
	  'three numbers (no CONFIG_PARAVIRT): no hv entries');
($order, $r, $done) = parse("bench: outb 20000 60000 0\n");
ok(!$done, 'no bench: done: not done');

dies("bench: FAILED: pipe ping-pong\n", qr/^bench: test: bench: FAILED/,
     'a failed check stops it');
dies("bench: the user benchmarks failed (3, status 0xb)\n",
     qr/user benchmarks failed/, 'a killed user program stops it');
dies("bench: outb 20000 6x000 1\n", qr/malformed line: bench: outb/,
     'a malformed number stops it');
dies("bench: outb 20000 60000 1 2\n", qr/malformed line/,
     'a 5th number stops it');
dies("bench: outb 0 60000 1\n", qr/malformed line/, 'zero ops stops it');
dies("bench: outb 1 2 3\nbench: outb 1 2 3\n", qr/outb reported twice/,
     'a benchmark reported twice stops it');
done_testing();
