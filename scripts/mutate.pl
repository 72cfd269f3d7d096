#!/usr/bin/perl
# make mutate: do the tests kill realistic mistakes in the layer?
#
# Usage: mutate.pl [-n] LIST [NAME,...]   (make mutate [M=name,...])
# Reads the mutations of LIST (tests/mutations/list: the format is
# described at its top), checks that each one still applies (its
# original text occurs exactly once in its file), copies the repository
# to build/mutate/src (never touching the working tree), runs `make
# check` there once unchanged (it must pass), then once per mutation
# with only that mutation applied, and restores the file after each
# run.  A mutation is killed when make check fails: first a quick
# subset of it runs ($QUICK below), and only a mutation that passes
# the subset gets the whole of make check.  Emulator timeouts are
# shorter than usual, since mutations tend to hang the kernel.  The
# log of each run is in build/mutate/logs/NAME.log.  Prints one line per mutation and a
# summary; exits 1 if any survived or no longer applies.  -n only
# checks that every mutation still applies.  Not part of make check: it
# takes a full make check per mutation.
# SPDX-License-Identifier: GPL-2.0
use strict;
use warnings;
use Cwd qw(abs_path);
use File::Basename qw(dirname);
use File::Path qw(make_path remove_tree);
use POSIX qw(strftime);

my $ROOT = abs_path(dirname(__FILE__) . '/..');
my $dry = @ARGV && $ARGV[0] eq '-n' ? shift : undef;
my ($list, $only) = @ARGV;
defined $list or die "usage: mutate.pl [-n] LIST [NAME,...]\n";
$| = 1;
my $WORK = "$ROOT/build/mutate";
my $SRC = "$WORK/src";
my $LOGS = "$WORK/logs";
my $LIMIT = $ENV{MUTATE_TIMEOUT} || 1200;	# seconds per make check

sub slurp {
	my ($f) = @_;
	open my $fh, '<:raw', $f or return undef;
	local $/;
	return scalar <$fh>;
}

sub spew {
	my ($f, $s) = @_;
	open my $fh, '>:raw', $f or die "mutate: cannot write $f: $!\n";
	print $fh $s;
	close $fh or die "mutate: cannot write $f: $!\n";
}

# "\n", "\t" and "\\" in from:/to: values.
sub unescape {
	my ($s) = @_;
	$s =~ s/\\(n|t|\\)/$1 eq 'n' ? "\n" : $1 eq 't' ? "\t" : "\\"/ge;
	return $s;
}

# The list: blocks of "key: value" lines, a block per mutation, blank
# lines between; "#" lines are comments.
sub read_list {
	my ($f) = @_;
	my $text = slurp($f) // die "mutate: cannot read $f: $!\n";
	my (@m, %names, @errors);
	my $n = 0;
	for my $block (split /\n[ \t]*\n/, $text) {
		my %b;
		my $line = $n + 1;
		$n += ($block =~ tr/\n//) + 2;
		for (split /\n/, $block) {
			next if /^\s*(#|$)/;
			if (/^(name|class|file|from|to|why):[ \t]?(.*)$/) {
				$b{$1} = $2;
			} else {
				push @errors, "$f: block at line $line: not \"key: value\": $_";
			}
		}
		next unless %b;
		my @missing = grep { !defined $b{$_} } qw(name class file from to);
		if (@missing) {
			push @errors, "$f: block at line $line: no " . join(', ', @missing);
			next;
		}
		push @errors, "$f: mutation $b{name} is listed twice" if $names{$b{name}}++;
		$b{$_} = unescape($b{$_}) for qw(from to);
		push @m, \%b;
	}
	die map { "mutate: $_\n" } @errors if @errors;
	return @m;
}

# How often does the original text occur in the file?
sub occurrences {
	my ($text, $from) = @_;
	my $c = 0;
	my $at = 0;
	while (($at = index($text, $from, $at)) >= 0) { $c++; $at += length $from }
	return $c;
}

my @muts = read_list($list);
if (defined $only) {
	my %want = map { $_ => 1 } split /,/, $only;
	my %have = map { $_->{name} => 1 } @muts;
	my @unknown = grep { !$have{$_} } sort keys %want;
	die "mutate: no mutation named " . join(', ', @unknown) . " in $list\n" if @unknown;
	@muts = grep { $want{$_->{name}} } @muts;
}
die "mutate: $list holds no mutation\n" unless @muts;

# Every mutation must apply to the working tree as it is now.
my @stale;
for my $m (@muts) {
	my $text = slurp("$ROOT/$m->{file}");
	my $c = defined $text ? occurrences($text, $m->{from}) : -1;
	next if $c == 1;
	push @stale, $m->{name};
	printf "NOT APPLIED %-28s %s\n", $m->{name},
		$c < 0 ? "$m->{file} does not exist"
		       : "its original text occurs $c times in $m->{file}, not once: re-anchor it in $list";
}
my @run = grep { my $n = $_->{name}; !grep { $_ eq $n } @stale } @muts;
if ($dry) {
	printf "mutate: %d of %d mutation(s) apply\n", scalar @run, scalar @muts;
	exit(@stale ? 1 : 0);
}

# The scratch copy: the repository without build/ and .git.
print "mutate: copying the repository to $SRC\n";
remove_tree($SRC);
make_path($SRC, $LOGS);
system('sh', '-c', 'cd "$1" && tar cf - --exclude=./build --exclude=./.git . | (cd "$2" && tar xf -)',
       'sh', $ROOT, $SRC) == 0 or die "mutate: cannot copy the repository to $SRC\n";

# Hangs are likely under a mutation: shorter emulator timeouts than
# Makefile.conf's (a good boot takes seconds), overridable as usual.
$ENV{QEMU_TIMEOUT} ||= 40;
$ENV{BOCHS_TIMEOUT} ||= 150;

# The quick stage: the host tests, the build tests but export.t, and
# the QEMU boots that grade the whole ktest run in each configuration
# (the debug image and the lhype guest included), and the fuzzers.
# Any failure here is a failure of make check; a mutation that passes
# it gets the full make check.
my $QUICK = 'tests/unit/*.t tests/build/audit.t tests/build/identity.t '
	  . 'tests/boot/native.t tests/boot/debug.t tests/boot/pvnopatch.t '
	  . 'tests/boot/nopv.t tests/boot/lhype-guest.t tests/fuzz/fuzz.t';

# make check (with CHECK_TESTS, if given) in the copy, its output
# appended to LOG; returns (status, what failed).
sub check_once {
	my ($log, $tests) = @_;
	my @var = defined $tests ? ("CHECK_TESTS=$tests") : ();
	my $before = -s $log // 0;
	my $st = system('sh', '-c', 'cd "$1" && shift && log=$1 && shift && '
			. 'exec timeout -k 10 "$@" >> "$log" 2>&1',
			'sh', $SRC, $log, $LIMIT, 'make', 'check', @var);
	die "mutate: interrupted\n" if ($st & 127) == 2 || ($st >> 8) == 130;
	my $out = substr(slurp($log) // '', $before);
	my @failed = $out =~ /^(tests\/\S+\.t)\s*\.+\s*(?:Failed|Dubious|\d+\/\d+ subtest)/mg;
	push @failed, $out =~ /^(tests\/\S+\.t)\s+\(Wstat/mg;
	my %seen;
	@failed = grep { !$seen{$_}++ } @failed;
	my $what = ($st >> 8) == 124 ? "make check timed out after $LIMIT s"
		 : @failed ? join(' ', map { s{^tests/}{}r } @failed)
		 : $out =~ /^Result: FAIL/m ? 'the tests'
		 : $st ? 'the build' : '';
	return ($st, $what);
}

# The quick stage, then, if it passed, all of make check.
sub check {
	my ($name) = @_;
	my $log = "$LOGS/$name.log";
	unlink $log;
	my $t0 = time;
	my ($st, $what) = check_once($log, $QUICK);
	($st, $what) = check_once($log) unless $st;
	return ($st, $what, time - $t0);
}

print "mutate: make check on the unchanged copy\n";
my ($st, $what, $secs) = check('baseline');
die "mutate: make check fails without any mutation ($what): see $LOGS/baseline.log\n" if $st;
printf "mutate: baseline passed in %d s; %d mutation(s) to run\n", $secs, scalar @run;

my (@killed, @survived);
for my $m (@run) {
	my $f = "$SRC/$m->{file}";
	my $orig = slurp($f) // die "mutate: $f vanished\n";
	(my $mutated = $orig) =~ s/\Q$m->{from}\E/$m->{to}/;
	# The makefiles' own dependencies miss some changes to them (a
	# program dropped from a list): build those from scratch.
	my $clean = $m->{file} =~ m{(?:^|/)Makefile[^/]*$};
	remove_tree("$SRC/build") if $clean;
	spew($f, $mutated);
	my ($st, $what, $secs) = eval { check($m->{name}) };
	my $err = $@;
	spew($f, $orig);	# a new mtime: make rebuilds what the mutation built
	remove_tree("$SRC/build") if $clean;
	die $err if $err;
	if ($st) {
		push @killed, $m->{name};
		printf "killed      %-28s %-10s by %s (%d s)\n", $m->{name}, $m->{class}, $what, $secs;
	} else {
		push @survived, $m->{name};
		printf "SURVIVED    %-28s %-10s %s: %s\n", $m->{name}, $m->{class}, $m->{file},
			$m->{why} // '';
	}
}

my %classes;
$classes{$_->{class}}++ for @muts;
printf "mutate: %d mutation(s): %d killed, %d survived, %d not applied (%s)\n",
	scalar @muts, scalar @killed, scalar @survived, scalar @stale,
	join(', ', map { "$_ $classes{$_}" } sort keys %classes);
print "mutate: survived: @survived\n" if @survived;
print "mutate: not applied: @stale\n" if @stale;
exit(@survived || @stale ? 1 : 0);
