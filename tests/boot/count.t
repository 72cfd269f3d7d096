#!/usr/bin/perl
# The count backend: a second backend, and the core's failure paths
#
# Boots build/vmlinux three ways with paravirt=count (backends/count):
#  - ktest: every suite passes with every op run through a counting
#    trampoline, and power-off, through the backend's power_off op,
#    prints the calls per op;
#  - ktest=cpu,user count=nosep: its cpuid hides SEP, so the kernel must
#    see no SEP and keep sysenter off (cpu.features_as_cpuid_says), which
#    holds only if the CPU is identified after the backend is chosen;
#  - ktest=cpu,paravirt count=fail: its init fails after changing every
#    table, so the kernel must put them back and boot native, with one
#    line saying which backend failed and why.
# console_setup must be counted: the core sets up the console of a
# backend chosen in setup_arch().
# Logs: build/logs/count{,-nosep,-fail}.log.
# SPDX-License-Identifier: GPL-2.0
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/../lib";
use Boot;
use KTAP;

my $vmlinux = Boot::need('build/vmlinux');

# The points of one run, named after it.
sub named {
	my ($tag, @p) = @_;
	$_->{name} = "$tag: $_->{name}" for @p;
	return @p;
}

my $run = Boot::qemu(name => 'count', args => ['-kernel', $vmlinux, '-append', 'ktest paravirt=count']);
my ($ops, $calls) = $run->{text} =~ /^count: (\d+) ops called, (\d+) calls in all$/m;
my %n = $run->{text} =~ /^count: (pv_\w+\.\w+(?:\.\w+)?)\s+(\d+)$/mg;
Boot::point($_) for named('count',
	Boot::like_point($run, qr/^paravirt: booting on count \(native, every op counted\)$/m,
			 'count backend chosen'),
	Boot::like_point($run, qr/^Power down \(status 0\)\.\ncount: op calls up to power-off/m,
			 'power-off went through the backend, which printed its table'),
	{ ok => ($ops // 0) > 30 && ($calls // 0) > 100000,
	  name => 'many ops called, many times',
	  diag => ['got ' . ($ops // 'no') . ' ops, ' . ($calls // 'no') . ' calls'] },
	map({ { ok => ($n{$_} // 0) > 0, name => "$_ counted",
		diag => ["no count for $_"] } }
	    qw(pv_irq_ops.irq_disable pv_irq_ops.irq_enable pv_irq_ops.save_fl
	       pv_irq_ops.restore_fl pv_cpu_ops.iret pv_cpu_ops.irq_enable_sysexit
	       pv_cpu_ops.load_esp0 pv_mmu_ops.set_pte_at pv_mmu_ops.write_cr3
	       pv_platform_ops.console_setup pv_platform_ops.console_write
	       pv_platform_ops.power_off)),
	KTAP::grade($run->{text}),
	Boot::exit_point($run, 1));

$run = Boot::qemu(name => 'count-nosep',
		  args => ['-kernel', $vmlinux, '-append', 'ktest=cpu,user paravirt=count count=nosep']);
Boot::point($_) for named('count=nosep',
	Boot::like_point($run, qr/^syscall: int \$0x80 only \(no SEP\)$/m, 'sysenter left off'),
	Boot::like_point($run, qr/^    ok \d+ features_as_cpuid_says$/m, 'the kernel sees no SEP'),
	KTAP::grade($run->{text}),
	Boot::exit_point($run, 1));

$run = Boot::qemu(name => 'count-fail',
		  args => ['-kernel', $vmlinux, '-append', 'ktest=cpu,paravirt paravirt=count count=fail']);
Boot::report($run, named('count=fail',
	Boot::like_point($run, qr/^paravirt: count failed to start \(count=fail given\); booting native$/m,
			 'one line says which backend failed and why'),
	Boot::like_point($run, qr/^paravirt: booting on bare hardware$/m, 'native took over'),
	{ ok => $run->{text} !~ /^count:/m, name => 'nothing of count is left (no table at power-off)' },
	KTAP::grade($run->{text}),
	Boot::exit_point($run, 1)));
