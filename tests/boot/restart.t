#!/usr/bin/perl
# Restart and panic through the platform ops
#
# crashtest=restart takes the machine_restart() path: one line, then the
# keyboard controller resets the PC, which QEMU (-no-reboot) ends with
# exit 0.  With paravirt=count the restart goes through the backend's
# restart op, which prints its op table first; and a panic goes through
# its panic op (counted once) before the power-off with status 2.
# Logs: build/logs/restart{,-count,-panic}.log.
# SPDX-License-Identifier: GPL-2.0
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/../lib";
use Boot;

my $vmlinux = Boot::need('build/vmlinux');

sub named {
	my ($tag, @p) = @_;
	$_->{name} = "$tag: $_->{name}" for @p;
	return @p;
}

# QEMU ended by the reset: exit 0, no time-out, after the kernel's line.
sub reset_point {
	my ($run) = @_;
	my $said = $run->{text} =~ /^Restarting system\.$/m;
	return { ok => !$run->{timed_out} && $run->{status} == 0 && $said,
		 name => 'the machine reset after "Restarting system." (QEMU exit 0)',
		 diag => [sprintf 'QEMU exit %s%s, line %s', $run->{status},
			  $run->{timed_out} ? ' (timed out)' : '', $said ? 'seen' : 'missing'] };
}

my $run = Boot::qemu(name => 'restart', args => ['-kernel', $vmlinux, '-append', 'crashtest=restart']);
Boot::point($_) for named('native', reset_point($run),
	{ ok => $run->{text} !~ /^Power down/m, name => 'no power-off' });

$run = Boot::qemu(name => 'restart-count',
		  args => ['-kernel', $vmlinux, '-append', 'crashtest=restart paravirt=count']);
Boot::point($_) for named('count', reset_point($run),
	Boot::like_point($run, qr/^Restarting system\.\ncount: op calls up to restart/m,
			 'the restart went through the backend'),
	Boot::like_point($run, qr/^count: pv_platform_ops\.restart\s+1$/m, 'restart op counted once'));

$run = Boot::qemu(name => 'restart-panic',
		  args => ['-kernel', $vmlinux, '-append', 'crashtest=panic paravirt=count']);
Boot::report($run, named('count, panic',
	Boot::like_point($run, qr/^Kernel panic - not syncing: crashtest$/m, 'the panic line'),
	Boot::like_point($run, qr/^count: pv_platform_ops\.panic\s+1$/m,
			 'panic told the backend, once'),
	Boot::like_point($run, qr/^count: pv_platform_ops\.power_off\s+1$/m,
			 'then powered off through it'),
	Boot::exit_point($run, 5)));
