#!/usr/bin/perl
# make audit: no privileged instruction outside the paravirt backends
#
# Usage: audit.pl OBJDIR   (a CONFIG_PARAVIRT=y build, e.g. build/obj/pv)
# Disassembles OBJDIR/vmlinux and maps every instruction to the object it
# came from (the link map, System.map.full).  Privileged or sensitive
# instructions may appear only in backends/native (the bare-metal ops and
# the code they are patched from), in the early boot code of head.S,
# which runs before any backend can be chosen and is listed separately,
# and, for port I/O, in the drivers that own those ports.  Everything
# else is an offender, reported by symbol and address.  Prints TAP: one
# test for the offenders, one listing head.S; exit status 1 on offence.
# SPDX-License-Identifier: GPL-2.0
use strict;
use warnings;

my $dir = shift or die "usage: audit.pl OBJDIR\n";
my $vmlinux = "$dir/vmlinux";
my $map = "$dir/System.map.full";
-f $vmlinux && -f $map or die "audit: $vmlinux or $map missing: build first (make)\n";

# Instructions that must go through paravirt_ops.  pushf/popf count
# (they read or write IF); port I/O is judged separately.
my $PRIV = qr/^(cli|sti|pushf[lw]?|popf[lw]?|hlt|lgdt[lw]?|lidt[lw]?|lldt|ltr|sgdt[lw]?|sidt[lw]?|sldt|str[lw]?|smsw|lmsw|clts|invlpg|invd|wbinvd|rdmsr|wrmsr|rdpmc|iret[lwd]?|sysexit|rdtsc)\b/;
my $CR = qr/%(cr|db)[0-7]/;
my $IO = qr/^(in|out)[bwl]?\b|^(ins|outs)[bwl]/;

# Objects allowed each kind of instruction.
my @NATIVE = (qr{backends/native/});
my @EARLY = (qr{arch/i386/kernel/head\.o});
my @PORT_OWNERS = (
	qr{drivers/char/serial\.o},		# COM1/COM2
	qr{arch/i386/kernel/i8259\.o},		# the PICs
	qr{arch/i386/kernel/time\.o},		# the PIT and port 0x61
	qr{arch/i386/kernel/rtc\.o},		# CMOS
	qr{arch/i386/kernel/reboot\.o},		# isa-debug-exit
	qr{arch/i386/kernel/ktest_time\.o},	# reads back PIC and PIT
	qr{kernel/bench\.o},			# times an outb to POST port 0x80
);

# Text ranges of each input object, from the link map.
my @ranges;
open my $mf, '<', $map or die "$map: $!\n";
my $pending;
while (<$mf>) {
	if (/^\s*(\.text\S*|\.head\.text|\.fixup|\.init\.text)\s*$/) { $pending = $1; next }
	if (/^\s*(\.text\S*|\.head\.text|\.fixup|\.init\.text)?\s+0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+(\S+\.o)\s*$/) {
		next unless defined $1 || defined $pending;
		push @ranges, [hex $2, hex $3, $4] if hex $3;
	}
	$pending = undef;
}
close $mf;
@ranges = sort { $a->[0] <=> $b->[0] } @ranges;

sub object_of {
	my ($addr) = @_;
	for my $r (@ranges) {
		return $r->[2] if $addr >= $r->[0] && $addr < $r->[0] + $r->[1];
	}
	return '?';
}

sub allowed {
	my ($obj, $list) = @_;
	return scalar grep { $obj =~ $_ } @$list;
}

my (@offenders, @early);
open my $od, '-|', 'objdump', '-d', '--no-show-raw-insn', $vmlinux or die "objdump: $!\n";
my ($sym, $sym_addr) = ('?', 0);
while (<$od>) {
	if (/^([0-9a-f]+) <([^>]+)>:/) { ($sym_addr, $sym) = (hex $1, $2); next }
	next unless /^\s*([0-9a-f]+):\s+(\S+)(.*)$/;
	my ($addr, $insn, $args) = (hex $1, $2, $3);
	# The Multiboot header: three words of data, not code.
	next if $sym eq 'multiboot_header' && $addr - $sym_addr < 12;
	my $priv = $insn =~ $PRIV || ($insn =~ /^mov/ && $args =~ $CR);
	my $io = $insn =~ $IO;
	next unless $priv || $io;
	my $obj = object_of($addr);
	(my $short = $obj) =~ s{^.*/obj/[^/]+/}{};
	my $line = sprintf '%s+0x%x (0x%08x, %s): %s%s', $sym,
			   $addr - $sym_addr, $addr, $short, $insn, $args;
	next if allowed($obj, \@NATIVE);
	if (allowed($obj, \@EARLY)) { push @early, $line; next }
	next if $io && allowed($obj, \@PORT_OWNERS);
	push @offenders, $line;
}
close $od;

print "1..2\n";
if (@offenders) {
	print "not ok 1 - privileged instructions outside the backends\n";
	print "#   $_\n" for @offenders;
} else {
	print "ok 1 - no privileged instruction outside backends/native\n";
}
print "ok 2 - early boot code (head.S, before a backend is chosen): " . scalar(@early) . " instructions\n";
print "#   $_\n" for @early;
exit(@offenders ? 1 : 0);
