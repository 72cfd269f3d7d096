# Boot test library: run the kernel in QEMU or Bochs and report as TAP
#
# Every tests/boot/*.t starts here.  conf() reads Makefile.conf (the one
# place emulator command lines live), qemu() and bochs() run one boot
# bounded by timeout(1) with the serial console in build/logs/NAME.log,
# and the point helpers grade a finished run, using KTAP.pm for ktest
# output.  report() prints the points as plain TAP for prove and, if any
# failed, the last lines of the serial log as "# " lines.
# SPDX-License-Identifier: GPL-2.0
package Boot;
use strict;
use warnings;
use Cwd qw(abs_path);
use File::Basename qw(dirname);
use File::Path qw(make_path);
use POSIX qw(:sys_wait_h);
use Time::HiRes qw(sleep time);
use KTAP;

our $ROOT = abs_path(dirname(__FILE__) . '/../..');
our $LOGS = "$ROOT/build/logs";
our $TAIL = 30;		# log lines shown when a test fails

# Makefile.conf as a hash; the environment overrides (QEMU_TIMEOUT=300 prove ...).
sub conf {
	my %c;
	open my $fh, '<', "$ROOT/Makefile.conf" or die "Boot: cannot read $ROOT/Makefile.conf: $!\n";
	while (<$fh>) {
		$c{$1} = $2 if /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*:?=\s*(.*?)\s*$/;
	}
	for (keys %c) { $c{$_} = $ENV{$_} if defined $ENV{$_} && length $ENV{$_} }
	return \%c;
}

# Path of a build product; a failed test point (and exit) if it is missing
# or older than the file it is made from.
sub need {
	my ($rel, $from) = @_;
	my $path = "$ROOT/$rel";
	my $why = !-e $path ? "$rel is missing"
		: $from && -e "$ROOT/$from" && -M $path > -M "$ROOT/$from" ? "$rel is older than $from"
		: undef;
	return $path unless $why;
	report(undef, { ok => 0, name => "build product present: $rel",
		diag => ["$why: run `make check`, which builds it first"] });
}

sub _logfile {
	my ($name, $ext) = @_;
	make_path($LOGS);
	my $f = "$LOGS/$name.$ext";
	unlink $f;
	return $f;
}

sub _slurp {
	my ($f) = @_;
	open my $fh, '<:raw', $f or return '';
	local $/;
	my $t = <$fh>;
	$t =~ s/\r//g;
	return $t;
}

# The end of an ELF file's highest loadable segment (physical), or undef
# if FILE is not a 32-bit ELF file.
sub elf_end {
	my ($file) = @_;
	open my $fh, '<:raw', $file or return undef;
	read($fh, my $eh, 52) == 52 or return undef;
	my ($mag, $cls, $phoff, $phes, $phnum) = unpack 'a4 C x23 V x10 v v', $eh;
	return undef unless $mag eq "\x7fELF" && $cls == 1 && $phes >= 32;
	my $end;
	for my $i (0 .. $phnum - 1) {
		seek $fh, $phoff + $i * $phes, 0;
		read($fh, my $ph, 32) == 32 or return undef;
		my ($type, $paddr, $memsz) = unpack 'V x8 V x4 V', $ph;
		$end = $paddr + $memsz if $type == 1 && (!defined $end || $paddr + $memsz > $end);
	}
	return $end;
}

# QEMU loads a -kernel ELF without checking that there is RAM under it:
# with -m 1 the CPU then runs through missing memory and hangs, silent.
# ram_problem(QEMU ARGS...) returns that case as one line, or undef: the
# RAM of the last -m (MiB, or a k/M/G suffix) against elf_end(-kernel).
sub ram_problem {
	my (@args) = @_;
	my ($m, $kernel);
	for my $i (0 .. $#args - 1) {
		$m = $args[$i + 1] if $args[$i] eq '-m';
		$kernel = $args[$i + 1] if $args[$i] eq '-kernel';
	}
	return undef unless defined $m && defined $kernel;
	my ($n, $unit) = $m =~ /^(?:size=)?(\d+)([kKmMgG]?)(?:,|$)/ or return undef;
	my $ram = $n * { k => 1 << 10, '' => 1 << 20, m => 1 << 20, g => 1 << 30 }->{lc $unit};
	my $end = elf_end($kernel) // return undef;
	return undef if $ram >= $end;
	return sprintf('QEMU -m %s is %dk of RAM, but %s loads up to 0x%x (%dk): it would run in missing memory and hang without a word',
		       $m, $ram >> 10, $kernel =~ s{^\Q$ROOT/\E}{}r, $end, ($end + 1023) >> 10);
}

# qemu(name => NAME, args => [...]): boot in QEMU, wait for it to exit.
# Returns { name, log, err, text, status, timed_out, secs, limit, emu },
# and refused => LINE, without running QEMU, when ram_problem() finds
# too little RAM for the kernel (unchecked => 1 runs it anyway).
# timeout => SECONDS overrides QEMU_TIMEOUT.
sub qemu {
	my (%o) = @_;
	my $c = conf();
	my $log = _logfile($o{name}, 'log');
	my $err = _logfile($o{name}, 'stderr');
	my $limit = $o{timeout} // $c->{QEMU_TIMEOUT};
	my @machine = (split(' ', $c->{QEMU_MACHINE}), @{$o{args}});
	my $why = $o{unchecked} ? undef : ram_problem(@machine);
	if ($why) {
		_write($err, "Boot: $why\n");
		return { name => $o{name}, log => $log, err => $err, text => '', status => undef,
			 refused => $why, timed_out => 0, secs => 0, limit => $limit, emu => 'QEMU' };
	}
	my @cmd = ('timeout', '-k', '10', $limit, $c->{QEMU},
		   split(' ', $c->{QEMU_MACHINE}), '-serial', "file:$log", @{$o{args}});
	_cmdline($o{name}, @cmd);
	my $t0 = time;
	my $pid = _spawn($err, @cmd);
	waitpid $pid, 0;
	my $st = $? >> 8;
	return { name => $o{name}, log => $log, err => $err, text => _slurp($log),
		 status => $st, timed_out => $st == 124 || $st == 137,
		 secs => time - $t0, limit => $limit, emu => 'QEMU' };
}

# Start CMD with stdin /dev/null and stdout+stderr into ERR; return its pid.
sub _spawn {
	my ($err, @cmd) = @_;
	my $pid = fork // die "Boot: fork: $!\n";
	return $pid if $pid;
	open STDIN, '<', '/dev/null';
	open STDOUT, '>', $err;
	open STDERR, '>&', \*STDOUT;
	{ exec @cmd }
	print STDERR "Boot: cannot run $cmd[0]: $!\n";
	POSIX::_exit(127);
}

# Keep the exact command line beside the log, for reruns by hand.
sub _cmdline {
	my ($name, @cmd) = @_;
	open my $fh, '>', "$LOGS/$name.cmd" or return;
	print $fh join(' ', map { /[^\w,.:=\/+-]/ ? "'$_'" : $_ } @cmd), "\n";
}

# bochs(name => NAME, iso => PATH): boot the ISO in Bochs.  Bochs has no
# isa-debug-exit, so watch the serial log and stop Bochs once the KTAP
# top-level plan is answered or a crash line appears (plus a moment for
# the Oops to finish printing), or when it exits by itself.  until =>
# REGEX stops it at the first whole line matching instead (a host's
# last line).
sub bochs {
	my (%o) = @_;
	my $c = conf();
	my $log = _logfile($o{name}, 'log');
	my $err = _logfile($o{name}, 'stderr');
	my $rc = _logfile($o{name}, 'bochsrc');
	my $dbg = _logfile($o{name}, 'bochsdbg');
	_write($rc, bochsrc(iso => $o{iso}, log => $log, bxlog => _logfile($o{name}, 'bochsout')));
	_write($dbg, "c\n");	# the Debian build has the debugger: tell it to run
	my @cmd = ('timeout', '-k', '10', $c->{BOCHS_TIMEOUT}, $c->{BOCHS}, '-q', '-f', $rc, '-rc', $dbg);
	_cmdline($o{name}, @cmd);
	my $t0 = time;
	my $pid = _spawn($err, @cmd);
	my ($st, $stopped, $crash_at);
	while (1) {
		if (waitpid($pid, WNOHANG) == $pid) { $st = $? >> 8; last }
		(my $text = _slurp($log)) =~ s/[^\n]*\z//;	# whole lines only
		$crash_at //= time if !$o{until} && defined KTAP::crash_line($text);
		if ($o{until} ? $text =~ $o{until}
			      : KTAP::complete($text) || (defined $crash_at && time - $crash_at > 3)) {
			$stopped = 1;
			kill 'TERM', $pid;	# timeout(1) passes it on to Bochs
			waitpid $pid, 0;
			last;
		}
		sleep 0.5;
	}
	return { name => $o{name}, log => $log, err => $err, text => _slurp($log),
		 status => $stopped ? undef : $st, stopped => $stopped,
		 timed_out => !$stopped && ($st == 124 || $st == 137),
		 secs => time - $t0, limit => $c->{BOCHS_TIMEOUT}, emu => 'Bochs' };
}

sub _write {
	my ($f, $s) = @_;
	open my $fh, '>', $f or die "Boot: cannot write $f: $!\n";
	print $fh $s;
	close $fh;
}

# The Bochs machine: like QEMU_MACHINE (Pentium III with SEP/PGE/FXSR,
# 128 MiB), booting from CD, COM1 into a file, no display.  The RFB
# display listens on the first free port in 5900-5949, so parallel runs
# do not collide; timeout=0 means it does not wait for a viewer.
sub bochsrc {
	my (%o) = @_;
	return <<"EOF";
# generated by tests/lib/Boot.pm
megs: 128
cpu: model=p3_katmai, ips=50000000, reset_on_triple_fault=0
clock: sync=none, time0=local
romimage: file=/usr/share/bochs/BIOS-bochs-latest
vgaromimage: file=/usr/share/vgabios/vgabios.bin
ata0-master: type=cdrom, path="$o{iso}", status=inserted
boot: cdrom
com1: enabled=1, mode=file, dev="$o{log}"
display_library: rfb, options="timeout=0"
sound: driver=dummy
speaker: enabled=0
mouse: enabled=0
log: $o{bxlog}
panic: action=fatal
error: action=report
info: action=report
debug: action=ignore
EOF
}

# --- test points ---------------------------------------------------------

# What QEMU's exit code says.  isa-debug-exit gives (status << 1) | 1, but
# QEMU also exits 1 when it fails by itself (its -kernel loader refuses a
# file, a bad option): an odd exit counts as the kernel's only if the
# serial log ends in the kernel's "Power down (status N)." with that N.
sub exit_point {
	my ($run, $want) = @_;
	my $name = sprintf('%s exit status %d (kernel status %d)', $run->{emu}, $want, $want >> 1);
	return { ok => 0, name => $name, diag => ["not run: $run->{refused}"] } if $run->{refused};
	my $st = $run->{status};
	my @off = $run->{text} =~ /^Power down \(status (\d+)\)\.$/mg;
	my ($err) = grep { length } split /\n/, _slurp($run->{err});
	my $kernel = ($st == 1 || $st == 3 || $st == 5) && @off && $off[-1] == $st >> 1;
	my $what = $run->{timed_out} ? "no power-off within $run->{limit} s: a hang, killed by timeout"
		: $st == 0 ? 'exit 0: triple fault or reset (the kernel never wrote to isa-debug-exit)'
		: $kernel ? sprintf('exit %d: kernel status %d (%s)', $st, $st >> 1,
			('all passed', 'tests failed', 'panic or oops')[$st >> 1])
		: $st == 126 || $st == 127 ? "exit $st: could not run $run->{emu} (see $run->{err})"
		: ($st == 1 || $st == 3 || $st == 5)
		  ? "exit $st without the kernel's \"Power down (status " . ($st >> 1) . ').": '
		    . "$run->{emu} itself failed (" . ($err // "see $run->{err}") . ')'
		: "exit $st: $run->{emu} itself failed (" . ($err // "see $run->{err}") . ')';
	return { ok => !$run->{timed_out} && $st == $want && $kernel, name => $name,
		 diag => ["got $what"] };
}

# Bochs cannot power off: it must have been stopped by the watcher.
sub stopped_point {
	my ($run) = @_;
	return { ok => 1, name => 'Bochs ran until the KTAP end or a crash' } if $run->{stopped};
	my $what = $run->{timed_out} ? "no KTAP end within $run->{limit} s: a hang, killed by timeout"
		: "Bochs exited by itself with status $run->{status} before the KTAP end"
		  . " (triple fault or Bochs panic: see build/logs/$run->{name}.bochsout)";
	my @panic = grep { />>PANIC<</ } split /\n/, _slurp("$LOGS/$run->{name}.bochsout");
	return { ok => 0, name => 'Bochs ran until the KTAP end or a crash', diag => [$what, @panic] };
}

# A regex must match the serial log.
sub like_point {
	my ($run, $re, $name) = @_;
	my $ok = $run->{text} =~ $re;
	return { ok => $ok, name => $name, diag => [$ok ? () : "no line matches $re"] };
}

# The kernel echoes exactly the command line it was given.
sub cmdline_point {
	my ($run, $want) = @_;
	my ($got) = $run->{text} =~ /^Kernel command line: (.*?)\s*$/m;
	return { ok => defined $got && $got eq $want,
		 name => qq{kernel command line is the one passed: "$want"},
		 diag => [defined $got ? qq{kernel printed "$got"} : 'no "Kernel command line:" line'] };
}

# --- TAP output (plain, so that SKIP and TODO points keep their names) ------

our ($N, $FAILED) = (0, 0);

sub diag { print STDERR "# $_\n" for @_ }

# Print one point as a TAP line, and its diagnostics if it failed.
sub point {
	my ($p) = @_;
	(my $name = $p->{name}) =~ s/#/\\#/g;
	my $ok = $p->{ok} || defined $p->{skip};
	my $dir = defined $p->{skip} ? " # SKIP $p->{skip}" : $p->{todo} ? " # TODO $p->{todo}" : "";
	printf "%s %d - %s%s\n", $ok ? "ok" : "not ok", ++$N, $name, $dir;
	return 1 if $ok || $p->{todo};
	$FAILED++;
	diag("failed: $p->{name}", map { "  $_" } @{$p->{diag} || []});
	return 0;
}

# Print POINTS as TAP and exit; on any failure, show the log's last lines.
sub report {
	my ($run, @points) = @_;
	$| = 1;
	point($_) for @points;
	printf "# %s run took %.1f s; serial log %s\n", $run->{emu}, $run->{secs}, $run->{log}
		if $run && $run->{secs};
	tail($run) if $FAILED && $run;
	print "1..$N\n";
	exit($FAILED > 254 ? 254 : $FAILED);
}

# The last $TAIL lines of the serial log (and emulator stderr) as diagnostics.
sub tail {
	my ($run) = @_;
	my @l = split /\n/, $run->{text};
	my $n = @l > $TAIL ? $TAIL : @l;
	diag("$run->{name}: last $n lines of $run->{log}:");
	diag("| $_") for @l[@l - $n .. $#l];
	diag('(the serial log is empty)') unless @l;
	my @e = grep { length } split /\n/, _slurp($run->{err});
	if (@e) {
		diag("$run->{emu} stderr ($run->{err}):");
		diag("| $_") for @e > 10 ? @e[-10 .. -1] : @e;
	}
}

1;
