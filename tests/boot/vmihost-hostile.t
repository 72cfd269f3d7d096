#!/usr/bin/perl
# vmihost refuses a hostile guest before VMI_Init
#
# build/hostile-pc.elf (tests/hostile/pc.S) is started by vmihost as a
# PC's kernel, in ring 1 with paging off; its command line's first
# letter picks an attack on the host's trap-and-emulate phase.  Each
# must end with the host killing it, with the reason, exit status 3
# (QEMU 7): a write to the option ROM, a ROM-to-host call before
# VMI_Init, a sleep with interrupts off, a call gate through lgdt, and
# paging turned on with a directory outside guest memory, a guest that
# never calls VMI_Init and sleeps with nothing to wake it, a VMI call
# with a bad pointer, and VMI alarms that would storm (a period of one
# cycle) or never fire (due at the counter's end); VMI_Init called
# twice gets the second refused.
# Logs: build/logs/vmihost-hostile-<letter>.log.
# SPDX-License-Identifier: GPL-2.0
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/../lib";
use Boot;

my $host = Boot::need('build/vmihost');
my $guest = Boot::need('build/hostile-pc.elf');
my @attacks = (
	['r', 'a write to the ROM', qr/killed: a write to 0xc0000, guest-physical 0xc0000: read-only memory \(the ROM\)/],
	['h', 'int $0x1f before VMI_Init', qr/killed: int \$0x1f \(call 0\) before VMI_Init/],
	['c', 'cli; hlt', qr/killed: hlt with interrupts off at 0x[0-9a-f]+: it would never wake/],
	['g', 'a call gate by lgdt', qr/killed: lgdt: GDT entry 1 is a system descriptor/],
	['p', 'paging on a directory outside memory', qr/killed: the page directory at 0x7ff00000 is outside guest memory/],
	['n', 'never VMI_Init: sti; hlt, no timer', qr/killed: hlt at 0x[0-9a-f]+ with no timer running and no interrupt raised/],
	['b', 'a VMI call with a bad pointer', qr/killed: VMI SetGDT: 6 bytes at 0xfffffff0 are not in memory/],
	['q', 'a queue of 1000 calls', qr/killed: VMI queue: 1000 calls, the most is 64/],
	['k', 'Halt in the queue', qr/killed: VMI queue: call 35 cannot be queued/],
	['m', 'SetPxE of an entry outside memory', qr/killed: VMI SetPxE: the entry at 0x7ff00000 is not in memory/],
	['a', 'AllocatePage outside memory', qr/killed: VMI AllocatePage: frame 0x7ff00 is outside guest memory/],
	['e', 'SetPxE at a PAE level', qr/killed: VMI SetPxE: level 0x4: this host has no PAE/],
	['s', 'a VMI alarm storm', qr/killed: VMI SetAlarm: a period of 1 cycles, under 100 us: an interrupt storm/],
	['f', 'a VMI alarm at the end of time', qr/killed: VMI SetAlarm: an expiry \d+ cycles ahead, more than 3600 s/],
);
my @points;
for my $a (@attacks) {
	my ($letter, $what, $want) = @$a;
	my $run = Boot::qemu(name => "vmihost-hostile-$letter", timeout => 30,
			     args => ['-kernel', $host, '-append', 'mem=32M',
				      '-initrd', "$guest $letter"]);
	my @l = split /\n/, $run->{text};
	push @points,
		{ ok => scalar($run->{text} =~ /^hostile-pc: $letter$/m), name => "$what: the guest ran" },
		{ ok => scalar($run->{text} =~ /^vmihost: guest $want/m), name => "$what: $want",
		  diag => ['its lines:', map { "| $_" } @l] },
		{ ok => defined $run->{status} && $run->{status} == 7, name => "$what: exit status 3 (killed)",
		  diag => ['QEMU exited with ' . ($run->{status} // 'nothing')] };
}
# VMI_Init twice: the second is refused (VMI_INIT_REFUSED, 2), which
# the guest passes on as its power-off status.
my $twice = Boot::qemu(name => 'vmihost-hostile-v', timeout => 30,
		       args => ['-kernel', $host, '-append', 'mem=32M', '-initrd', "$guest v"]);
push @points,
	{ ok => scalar($twice->{text} =~ /^vmihost: VMI_Init: the guest runs on the ROM now/m),
	  name => 'VMI_Init twice: the first accepted' },
	{ ok => scalar($twice->{text} =~ /^vmihost: guest powered off \(status 2\)/m),
	  name => 'VMI_Init twice: the second refused (2)',
	  diag => [map { "| $_" } split /\n/, $twice->{text}] };
Boot::report(undef, @points);
