# KTAP (Kernel Test Anything Protocol) parser and grader for boot tests
#
# The kernel's `ktest` command line runs its self-tests and prints KTAP
# version 1 on COM1, one level of suites with cases inside.  The boot
# tests (tests/boot/*.t, through Boot.pm) and tests/lib/ktap2tap hand the
# serial log to grade(), which turns it into a list of test points: one
# per leaf case ("paging.fault_cr2"), then checks that the plans are
# complete, that each suite's verdict agrees with its cases, that no
# Oops or panic was printed, and, given the configuration, that the
# suites and their plans are the ones tests/boot/ktest-plan.txt expects
# (a suite that stops being linked in shrinks the plan, which is then
# still complete).  Boot.pm prints the points as TAP for prove.
# SPDX-License-Identifier: GPL-2.0
package KTAP;
use strict;
use warnings;

# Lines that mean the kernel died; shared with the Bochs log watcher.
our $CRASH_RE = qr/(?:\bOops:|Kernel panic|^\s*BUG: |general protection fault)/m;

# Classify one line: returns (depth, kind, fields...) or () for noise.
# Depth is the indentation in 4-space steps (KUnit's nesting unit).
sub classify {
	my ($line) = @_;
	my ($ws, $rest) = $line =~ /^([ \t]*)(.*?)\s*$/;
	(my $sp = $ws) =~ s/\t/    /g;
	my $depth = int(length($sp) / 4);
	return ($depth, 'header', $1) if $rest =~ /^KTAP version (\d+)$/;
	return ($depth, 'subtest', $1) if $rest =~ /^# Subtest: (.*)$/;
	return ($depth, 'plan', $1) if $rest =~ /^1\.\.(\d+)$/;
	if ($rest =~ /^(not )?ok (\d+)(?:\s+-)?(?:\s+([^#]*?))?\s*(?:#\s*(SKIP|TODO)\b\s*(.*))?$/i) {
		return ($depth, 'result', {
			ok => !defined $1, num => $2, name => $3 // '',
			directive => defined $4 ? uc $4 : '', reason => $5 // '' });
	}
	return ($depth, 'diag', $1) if $rest =~ /^#\s?(.*)$/;
	return ();
}

# parse(TEXT) -> { root => FRAME or undef, errors => [...] }
# A frame is { depth, version, name, plan, results => [RESULT] } and a
# result is { ok, num, name, directive, reason, diag => [...], sub => FRAME }.
# Text before the first unindented "KTAP version" line is boot output.
sub parse {
	my ($text) = @_;
	my @lines = split /\r?\n|\r/, $text;
	my $doc = { root => undef, errors => [] };
	my $i = 0;
	$i++ while $i < @lines && $lines[$i] !~ /^KTAP version \d+\s*$/;
	return $doc if $i == @lines;

	my $root = { depth => 0, results => [], diag => [] };
	($root->{version}) = $lines[$i] =~ /(\d+)/;
	$doc->{root} = $root;
	my @stack = ($root);
	for my $line (@lines[$i + 1 .. $#lines]) {
		my ($d, $kind, $f) = classify($line);
		next unless defined $kind;
		if ($d == 0 && $kind eq 'header') {
			push @{$doc->{errors}}, 'a second top-level "KTAP version" line: the kernel restarted';
			last;
		}
		_line($doc, \@stack, $d, $kind, $f);
	}
	for my $f (@stack[1 .. $#stack]) {
		push @{$doc->{errors}}, sprintf q{suite "%s" never finished: %d of %s cases},
			$f->{name} // "?", scalar @{$f->{results}}, $f->{plan} // "?";
	}
	return $doc;
}

# Feed one classified line to the frame stack.
sub _line {
	my ($doc, $stack, $d, $kind, $f) = @_;
	my $top = $stack->[-1];
	if ($kind eq 'result') {
		my $child;
		while ($stack->[-1]{depth} > $d) {
			my $popped = pop @$stack;
			push @{$doc->{errors}}, "suite block at depth $popped->{depth} has no result line"
				if $child;
			$child = $popped;
		}
		$top = $stack->[-1];
		$top = _push($stack, $d) if $top->{depth} < $d;
		$f->{sub} = $child;
		$f->{diag} = $top->{diag};
		$top->{diag} = [];
		push @{$top->{results}}, $f;
		return;
	}
	if ($kind eq 'diag') {
		push @{$top->{diag}}, $f if $top->{depth} <= $d;
		return;
	}
	# header, subtest or plan: these open or describe a nested block.
	return if $d < $top->{depth};
	if ($d > $top->{depth}) {
		$top = _push($stack, $d);
	} elsif ($d > 0 && _repeats($top, $kind)) {
		# A new block at the same depth while the previous one never
		# got its result line.
		push @{$doc->{errors}}, "suite block at depth $d has no result line";
		pop @$stack;
		$top = _push($stack, $d);
	}
	$top->{version} = $f if $kind eq 'header';
	$top->{name} = $f if $kind eq 'subtest';
	$top->{plan} = $f if $kind eq 'plan';
}

# Does a header, subtest or plan line repeat what FRAME already has?  Then
# it belongs to the next block.  ("# Subtest:" may come before or after
# the block's "KTAP version" line, so one of each is allowed.)
sub _repeats {
	my ($frame, $kind) = @_;
	return defined $frame->{plan} if $kind eq 'plan';
	return defined $frame->{name} if $kind eq 'subtest';
	return @{$frame->{results}} || defined $frame->{plan};	# header
}

sub _push {
	my ($stack, $d) = @_;
	my $frame = { depth => $d, results => [], diag => [] };
	push @$stack, $frame;
	return $frame;
}

# Is the top-level plan fully answered?  (The Bochs watcher's stop rule.)
sub complete {
	my ($text) = @_;
	my $root = parse($text)->{root};
	return $root && defined $root->{plan} && @{$root->{results}} >= $root->{plan};
}

# Does the log show a crash (Oops, BUG, panic)?  Returns the line or undef.
sub crash_line {
	my ($text) = @_;
	return $text =~ /^(.*$CRASH_RE.*)$/m ? $1 : undef;
}

# Leaf test points of one result, named "suite.case".
sub _leaves {
	my ($r, $prefix) = @_;
	my $name = length $prefix ? "$prefix.$r->{name}" : $r->{name};
	my $sub = $r->{sub};
	if ($sub && @{$sub->{results}}) {
		return map { _leaves($_, $name) } @{$sub->{results}};
	}
	my %p = (ok => $r->{ok}, name => $name, diag => $r->{diag});
	if ($r->{directive} eq 'SKIP') {
		%p = (%p, ok => 1, skip => $r->{reason} || 'skipped');
	} elsif ($r->{directive} eq 'TODO') {
		$p{todo} = $r->{reason} || 'todo';
	}
	return \%p;
}

# Plan problems of one frame: count and numbering.
sub _plan_problem {
	my ($f, $what) = @_;
	return "$what: no plan line" unless defined $f->{plan};
	my @n = map { $_->{num} } @{$f->{results}};
	my $got = @n;
	return "$what: $got of $f->{plan} results" if $got != $f->{plan};
	for my $k (0 .. $#n) {
		return "$what: result " . ($k + 1) . " is numbered $n[$k]" if $n[$k] != $k + 1;
	}
	return;
}

# Walk every suite (a result with a nested block) below FRAME.
sub _suites {
	my ($f, $prefix) = @_;
	my @s;
	for my $r (@{$f->{results}}) {
		next unless $r->{sub};
		my $name = length $prefix ? "$prefix.$r->{name}" : $r->{name};
		push @s, [$name, $r], _suites($r->{sub}, $name);
	}
	return @s;
}

# The verdict a suite should carry, from its cases.
sub _verdict_problem {
	my ($name, $r) = @_;
	my $cases = $r->{sub}{results};
	my $bad = grep { !$_->{ok} && $_->{directive} eq '' } @$cases;
	my $complete = !_plan_problem($r->{sub}, $name);
	my $want_ok = !$bad && $complete;
	return if $r->{directive} eq 'SKIP' && !@$cases;
	return if !$r->{ok} eq !$want_ok;
	return sprintf '%s: says "%s" but %s', $name, $r->{ok} ? 'ok' : 'not ok',
		$bad ? "$bad case(s) failed" : $complete ? 'all cases passed' : 'its plan is incomplete';
}

# The expected suites and plans: tests/boot/ktest-plan.txt.
our $PLAN_FILE = 'tests/boot/ktest-plan.txt';
use File::Basename ();
use Cwd ();
our $PLAN_ROOT = Cwd::abs_path(File::Basename::dirname(__FILE__) . "/../..");

# read_plan(CONFIG [, FILE]) -> ({ suite => cases }, undef) or (undef, error)
# for one configuration ("pv" or "nopv").
sub read_plan {
	my ($config, $file) = @_;
	$file //= "$PLAN_ROOT/$PLAN_FILE";
	open my $fh, '<', $file or return (undef, "cannot read $file: $!");
	local $/ = "\n";
	my %want;
	while (my $l = <$fh>) {
		next if $l =~ /^\s*(?:#|$)/;
		my ($suite, $n, $configs) = $l =~ /^\s*(\w+)\s+(\d+)(?:\s+([\w,]+))?\s*$/
			or return (undef, "$file line $.: not \"SUITE CASES [CONFIGS]\": $l");
		for (split /,/, $configs // '') {
			return (undef, "$file line $.: unknown configuration \"$_\" (pv or nopv)")
				unless /^(?:pv|nopv)$/;
		}
		next if defined $configs && !grep { $_ eq $config } split /,/, $configs;
		return (undef, "$file line $.: suite $suite listed twice") if exists $want{$suite};
		$want{$suite} = $n;
	}
	return (\%want);
}

# One point: the top-level suites and their plans are the expected ones.
sub _plan_point {
	my ($root, $config, $file) = @_;
	my ($want, $err) = read_plan($config, $file);
	my $name = "the suites and plans of $PLAN_FILE ($config)";
	return { ok => 0, name => $name, diag => [$err] } unless $want;
	my (%got, @d);
	for my $r (@{$root->{results}}) {
		$got{$r->{name}} = $r->{sub} ? $r->{sub}{plan} // '?' : '?';
	}
	for my $s (sort keys %$want) {
		push @d, "suite $s is missing (expected 1..$want->{$s})" unless exists $got{$s};
		push @d, "suite $s has plan 1..$got{$s}, expected 1..$want->{$s}"
			if exists $got{$s} && $got{$s} ne $want->{$s};
	}
	push @d, "suite $_ (1..$got{$_}) is not expected" for grep { !exists $want->{$_} } sort keys %got;
	push @d, "if the change is intended, update $PLAN_FILE" if @d;
	return { ok => !@d, name => $name, diag => \@d };
}

# grade(TEXT [, CONFIG [, PLANFILE]]) -> list of points
# { ok, name, skip?, todo?, diag => [...] }.  With CONFIG ("pv" or
# "nopv"), the suites and plans must also be the expected ones.
sub grade {
	my ($text, $config, $plan_file) = @_;
	my $doc = parse($text);
	my $root = $doc->{root};
	my @p;
	if (!$root || !defined $root->{plan}) {
		push @p, { ok => 0, name => 'KTAP header and top-level plan present',
			diag => [$root ? 'no top-level "1..N" plan after "KTAP version 1"'
				       : 'no "KTAP version 1" line: the self-tests never started'] };
	} else {
		push @p, { ok => 1, name => "KTAP header and top-level plan present (1..$root->{plan})" };
		push @p, map { _leaves($_, '') } @{$root->{results}};
		my $prob = _plan_problem($root, 'top level');
		push @p, { ok => !$prob && !@{$doc->{errors}},
			name => 'top-level plan complete: ' . @{$root->{results}} . " of $root->{plan}",
			diag => [grep { defined } $prob, @{$doc->{errors}}] };
		my @suites = _suites($root, '');
		my @pp = grep { defined } map { _plan_problem($_->[1]{sub}, $_->[0]) } @suites;
		push @p, { ok => !@pp, name => 'every suite plan complete (' . @suites . ' suites)',
			diag => \@pp };
		my @vp = grep { defined } map { _verdict_problem(@$_) } @suites;
		push @p, { ok => !@vp, name => 'every suite verdict agrees with its cases', diag => \@vp };
		push @p, _plan_point($root, $config, $plan_file) if defined $config;
	}
	push @p, no_crash($text);
	return @p;
}

# One point: no Oops/BUG/panic line anywhere in TEXT.
sub no_crash {
	my ($text) = @_;
	my $c = crash_line($text);
	return { ok => !defined $c, name => 'no Oops, BUG or panic',
		 diag => [defined $c ? "crash: $c" : ()] };
}

1;
