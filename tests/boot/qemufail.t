#!/usr/bin/perl
# QEMU's own failure test: exit 1 from the loader is not "all passed"
#
# QEMU exits 1 when the kernel powers off with status 0, and also when
# its -kernel loader refuses the file.  Boots a file that is not a kernel
# (Makefile.conf) the way the boot tests do: Boot.pm's exit point must
# fail and quote QEMU's message.  Then runs `make run` (without
# rebuilding the image) twice: once as is, where it must report the
# demo's clean power-off, and once through a wrapper that makes QEMU load
# the same non-kernel, where it must say that QEMU itself failed and
# exit non-zero.  Logs: build/logs/qemufail.log, build/logs/run.log.
# SPDX-License-Identifier: GPL-2.0
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/../lib";
use File::Temp qw(tempdir);
use Boot;

Boot::need('build/vmlinux');
my $notkernel = "$Boot::ROOT/Makefile.conf";
my $run = Boot::qemu(name => 'qemufail', args => ['-kernel', $notkernel, '-append', '']);
my $pt = Boot::exit_point($run, 1);

# `make run` with QEMU=..., never rebuilding build/vmlinux; returns
# (exit status, output).  A test must not pass a jobserver on to it.
sub make_run {
	my ($qemu) = @_;
	local %ENV = %ENV;
	delete @ENV{qw(MAKEFLAGS MFLAGS MAKELEVEL)};
	my $out = `make -s -C '$Boot::ROOT' -o build/vmlinux run QEMU='$qemu' </dev/null 2>&1`;
	return ($? >> 8, $out);
}
my $qemu = Boot::conf()->{QEMU};
my ($good_st, $good_out) = make_run($qemu);
my $dir = tempdir(CLEANUP => 1);
open my $fh, '>', "$dir/qemu" or die "qemufail.t: $dir/qemu: $!\n";
print $fh "#!/bin/sh\n# the harness's QEMU, loading a file that is not a kernel\n",
	  "exec $qemu \"\$@\" -kernel '$notkernel'\n";
close $fh;
my ($bad_st, $bad_out) = make_run("sh $dir/qemu");
my @bad = map { "| $_" } split /\n/, $bad_out;

Boot::report($run,
	{ ok => !$run->{timed_out} && $run->{status} == 1, name => 'QEMU exits 1 on a file that is not a kernel',
	  diag => ["exit $run->{status}"] },
	{ ok => !$pt->{ok} && $pt->{diag}[0] =~ /QEMU itself failed \(qemu: .*kernel/,
	  name => 'the exit point calls it QEMU\'s own failure and quotes QEMU',
	  diag => [$pt->{ok} ? 'the exit point passed: exit 1 taken for "all passed"' : @{$pt->{diag}}] },
	{ ok => $good_st == 0 && $good_out =~ /^pv386: powered off, status 0 \(all well\)$/m,
	  name => 'make run: the demo\'s power-off is reported as all well',
	  diag => ["make run exited $good_st", map { "| $_" } (split /\n/, $good_out)[-3 .. -1]] },
	{ ok => $bad_st != 0 && $bad_out =~ /^pv386: QEMU exited with 1, .*QEMU itself failed/m
		&& $bad_out !~ /all well/,
	  name => 'make run: QEMU\'s loader failure gets one line and a failure status',
	  diag => ["make run exited $bad_st", @bad] });
