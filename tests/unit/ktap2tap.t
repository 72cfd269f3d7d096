#!/usr/bin/perl
# KTAP-to-TAP converter self-test: can the boot tests fail?
#
# Feeds tests/lib/KTAP.pm and Boot.pm canned serial logs, good and bad
# (no KTAP, no plan, short plans, not ok cases, skips, an Oops, a reboot,
# wrong QEMU exit codes), and checks which test points pass.  Runs on the
# host in a second; `make unit` and `make check` run it before any boot.
# SPDX-License-Identifier: GPL-2.0
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/../lib";
use File::Temp qw(tempfile);
use Test::More;
use KTAP;
use Boot;

my $GOOD = <<'EOF';
pv386 version 0.1
boot: protocol multiboot
KTAP version 1
1..2
    KTAP version 1
    # Subtest: paging
    1..3
    ok 1 fault_cr2
    ok 2 pte_bits
    ok 3 pge # SKIP no PGE
ok 1 paging
    KTAP version 1
    # Subtest: sched
    1..2
    ok 1 yield
    ok 2 sleep
ok 2 sched
ktest: done, 4 passed, 0 failed, 1 skipped
Power down (status 0).
EOF

# Points of TEXT as { name => point }, keyed by the name up to any ':' or '('.
sub points {
	my %p;
	for (KTAP::grade($_[0])) {
		(my $k = $_->{name}) =~ s/\s*[:(].*//;
		$p{$k} = $_;
	}
	return \%p;
}
sub failing { my $p = points($_[0]); return sort grep { !$p->{$_}{ok} } keys %$p }
sub edit { my ($from, $to, $text) = @_; $text //= $GOOD; $text =~ s/\Q$from\E/$to/ or die "no '$from'"; $text }

# -- a good log: every point passes, the skip is kept
my $p = points($GOOD);
is_deeply([failing($GOOD)], [], 'good log: no failing point');
is(scalar(keys %$p), 10, 'good log: 5 leaf cases + header, 2 plans, verdicts, crash = 10 points');
is($p->{'paging.pge'}{skip}, 'no PGE', 'SKIP keeps its reason');
ok($p->{'sched.sleep'}{ok}, 'leaf named suite.case');
ok(KTAP::complete($GOOD), 'complete(): top-level plan answered');

# -- missing or broken plans
is_deeply([failing("pv386 version 0.1\nMemory: 1k/1k available\n")],
	  ['KTAP header and top-level plan present'],
	  'no KTAP at all: header point fails');
is_deeply([failing(edit("1..2\n    KTAP", "    KTAP"))],
	  ['KTAP header and top-level plan present'], 'no top-level plan: header point fails');
is_deeply([failing(edit("1..2\n", "1..3\n"))], ['top-level plan complete'],
	  'short top-level plan (2 of 3): plan point fails');
ok(!KTAP::complete(edit("1..2\n", "1..3\n")), 'complete(): false while results are missing');
my $cut = substr($GOOD, 0, index($GOOD, "ok 2 sched"));
is_deeply([failing($cut)], ['top-level plan complete'],
	  'log cut inside suite 2 (hang): plan points fail');
is_deeply([failing(edit("    ok 2 sleep\n", ""))],
	  ['every suite plan complete', 'every suite verdict agrees with its cases'],
	  'short suite plan (1 of 2) under "ok": suite plan and verdict fail');
is_deeply([failing(edit("ok 2 sched", "ok 3 sched"))], ['top-level plan complete'],
	  'misnumbered top-level result fails');
is_deeply([failing(edit("ok 1 paging\n", ""))], ['top-level plan complete'],
	  'suite with no result line: plan point fails');

# -- failing cases and inconsistent verdicts
is_deeply([failing(edit("    ok 2 pte_bits", "    # expected 1, got 0\n    not ok 2 pte_bits",
			edit("ok 1 paging", "not ok 1 paging")))],
	  ['paging.pte_bits'], 'not ok case: its leaf fails, verdict consistent');
is_deeply([failing(edit("    ok 2 pte_bits", "    not ok 2 pte_bits"))],
	  ['every suite verdict agrees with its cases', 'paging.pte_bits'],
	  'not ok case under an "ok" suite: leaf and verdict fail');
is_deeply([failing(edit("ok 2 sched", "not ok 2 sched"))],
	  ['every suite verdict agrees with its cases'], '"not ok" suite with passing cases: verdict fails');
is(points(edit("    ok 2 pte_bits", "    not ok 2 pte_bits # TODO not yet"))->{'paging.pte_bits'}{todo},
   'not yet', 'TODO directive kept');

# -- crashes and restarts
my $oops = $cut . "BUG: unable to handle kernel paging request at virtual address deadbeef\n"
	. "Oops: 0002 [#1]\nCR2: deadbeef\nCall Trace:\n";
is_deeply([failing($oops)], ['no Oops, BUG or panic', 'top-level plan complete'],
	  'Oops mid-suite: crash and plan points fail');
like(KTAP::crash_line($oops), qr/BUG: unable/, 'crash_line() finds the first crash line');
ok(grep(/Kernel panic/, map { @{$_->{diag}} } KTAP::grade("Kernel panic - not syncing: x\n")),
   'panic line quoted in the diagnostics');
is_deeply([failing($cut . $GOOD)], ['top-level plan complete'],
	  'second top-level KTAP header (reboot): plan points fail');

# -- tolerated variations
my $noisy = edit("    ok 1 yield\n", "    ok 1 yield\nsched: printk noise at column 0\n    # sched: a diagnostic\n");
is_deeply([failing($noisy)], [], 'kernel printk lines inside a suite are ignored');
(my $crlf = $GOOD) =~ s/\n/\r\n/g;
is_deeply([failing($crlf)], [], 'CRLF line ends');
my $old = edit("    KTAP version 1\n    # Subtest: paging\n", "    # Subtest: paging\n    KTAP version 1\n");
is_deeply([failing($old)], [], '"# Subtest:" before "KTAP version 1" (older KUnit)');
is_deeply([failing(edit("ok 2 sched", "ok 2 - sched"))], [], '"ok N - name" form');

# -- QEMU exit codes: (status << 1) | 1, and the kernel's power-off line
sub off { "Power down (status $_[0]).\n" }
my ($efh, $errf) = tempfile(UNLINK => 1);
print $efh "\nqemu: invalid kernel header\nmore\n";
close $efh;
my %run = (name => 't', log => 'x', err => $errf, text => '', timed_out => 0, limit => 120, emu => 'QEMU');
ok(Boot::exit_point({ %run, status => 1, text => off(0) }, 1)->{ok},
   'exit 1 after "Power down (status 0)." passes');
for ([0, 'triple fault'], [3, 'tests failed'], [5, 'panic or oops'], [124, 'hang']) {
	my $pt = Boot::exit_point({ %run, status => $_->[0], timed_out => $_->[0] == 124,
				    text => off($_->[0] >> 1) }, 1);
	ok(!$pt->{ok} && $pt->{diag}[0] =~ /$_->[1]/, "exit $_->[0] fails: $_->[1]");
}
for (['', 'no power-off line'], [off(1), 'a power-off with status 1'],
     [off(0) . off(1), 'a last power-off with status 1']) {
	my $pt = Boot::exit_point({ %run, status => 1, text => $_->[0] }, 1);
	ok(!$pt->{ok} && $pt->{diag}[0] =~ /QEMU itself failed \(qemu: invalid kernel header\)/,
	   "exit 1 after $_->[1]: QEMU's own failure, its first stderr line quoted");
}

# -- too little RAM for the kernel: a one-segment ELF loaded to 0x14d000
my ($kfh, $kernel) = tempfile(UNLINK => 1);
print $kfh pack('a4 C x11 x12 V x10 v v x6', "\x7fELF", 1, 52, 32, 1),
	   pack('V V V V V V V V', 1, 0x1000, 0xc0100000, 0x100000, 0x1000, 0x4d000, 7, 0x1000);
close $kfh;
for (['-m 1', 1], ['-m 2', 0], ['-m 1280k', 1], ['-m 1332k', 0], ['-m 1331K', 1],
     ['-m size=1M,slots=2', 1], ['-m 128 -m 1', 1], ['-m 1 -m 128', 0], ['-m 1G', 0]) {
	my $why = Boot::ram_problem(split(' ', $_->[0]), '-kernel', $kernel);
	ok($_->[1] ? defined $why && $why =~ /^QEMU -m \S+ is \d+k of RAM, but .* loads up to 0x14d000 \(1332k\)/
		   : !defined $why, "ram_problem($_->[0]): " . ($_->[1] ? 'too little' : 'enough'))
		or diag($why // 'undef');
}
ok(!defined Boot::ram_problem('-m', '1'), 'ram_problem: no -kernel, no opinion');
ok(!defined Boot::ram_problem('-m', '1', '-kernel', $errf), 'ram_problem: not ELF, left to QEMU');
is(Boot::elf_end($kernel), 0x14d000, 'elf_end: paddr + memsz of the highest segment');

# -- the expected suites and plans (tests/boot/ktest-plan.txt's format)
{
	my ($fh, $plan) = tempfile(UNLINK => 1);
	print $fh "# comment\npaging 3\nsched\t2\tpv\n";
	close $fh;
	my $pp = sub {
		my ($text, $config) = @_;
		my ($pt) = grep { $_->{name} =~ /suites and plans/ } KTAP::grade($text, $config, $plan);
		return $pt;
	};
	ok($pp->($GOOD, 'pv')->{ok}, 'plan file: the expected suites and plans pass');
	my $pt = $pp->($GOOD, 'nopv');
	ok(!$pt->{ok}, 'plan file: a suite not expected in this configuration fails');
	like("@{$pt->{diag}}", qr/suite sched \(1\.\.2\) is not expected.*update tests\/boot\/ktest-plan\.txt/,
	     'plan file: the failure names the suite and the file to edit');
	my $short = edit("ok 2 sched\n", "ok 2 schedx\n", edit("# Subtest: sched", "# Subtest: schedx"));
	$pt = $pp->($short, 'pv');
	ok(!$pt->{ok} && "@{$pt->{diag}}" =~ /suite sched is missing/, 'plan file: a missing suite fails');
	$pt = $pp->(edit("    1..3\n", "    1..2\n"), 'pv');
	ok(!$pt->{ok} && "@{$pt->{diag}}" =~ /suite paging has plan 1\.\.2, expected 1\.\.3/,
	   'plan file: a suite whose plan shrank fails, even though its own plan is complete');
	($fh, my $bad) = tempfile(UNLINK => 1);
	print $fh "paging three\n";
	close $fh;
	($pt) = grep { $_->{name} =~ /suites and plans/ } KTAP::grade($GOOD, 'pv', $bad);
	ok(!$pt->{ok} && "@{$pt->{diag}}" =~ /line 1: not "SUITE CASES/, 'plan file: a bad line is one clear error');
	ok(!grep({ $_->{name} =~ /suites and plans/ } KTAP::grade($GOOD)), 'no configuration: no plan check');
	ok((KTAP::read_plan('pv'))[0]{paravirt}, 'the repository plan file lists the paravirt suite for pv');
	ok(!exists((KTAP::read_plan('nopv'))[0]{paravirt}), '... and not for nopv');
}

# -- the command-line converter, as prove would see it
sub cli {
	my ($text, @opt) = @_;
	my ($fh, $f) = tempfile(UNLINK => 1);
	print $fh $text;
	close $fh;
	my $out = `$FindBin::Bin/../lib/ktap2tap @opt $f 2>/dev/null`;
	return ($? >> 8, $out);
}
my ($st, $out) = cli($GOOD, '--exit', 1);
is($st, 0, 'ktap2tap on a good log exits 0');
like($out, qr/^ok 4 - paging\.pge # SKIP no PGE$/m, 'ktap2tap prints SKIP with the case name');
like($out, qr/^1\.\.11$/m, 'ktap2tap prints its plan last');
($st, $out) = cli(edit("    ok 2 pte_bits", "    not ok 2 pte_bits"), '--exit', 3);
is($st, 3, 'ktap2tap on a failing log exits with the failure count');
like($out, qr/^not ok 3 - paging\.pte_bits$/m, 'ktap2tap prints "not ok" for the failed case');

done_testing();
