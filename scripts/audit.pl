#!/usr/bin/perl
# make audit: no privileged instruction outside the paravirt backends
#
# Usage: audit.pl OBJDIR   (a CONFIG_PARAVIRT=y build, e.g. build/obj/pv;
# a CONFIG_PARAVIRT=n one has no sites and its instructions inline)
# Disassembles OBJDIR/vmlinux and maps every instruction to the object it
# came from (the link map, System.map.full).  Privileged or sensitive
# instructions may appear only in backends/native (the bare-metal ops and
# the code they are patched from), in the early boot code of head.S,
# which runs before any backend can be chosen and is listed separately,
# and, for port I/O, in the drivers that own those ports (and the VMI
# backend's time.c, which stops the PIT as Linux's did); the paravirt
# self-test may read the CPU (pushfl, CRs, str, sgdt...) to check the ops
# against it.  Everything else is an offender, reported by symbol and
# address.  It also reads the patch sites (.parainstructions) and checks
# that no operand the compiler placed inside a site is addressed off
# ESP, which the site's own pushes move (include/asm-i386/paravirt.h,
# operand sites); that head.S's early code is only boot-time
# instructions; and that the hooks which are no privileged instruction
# natively (esp0 and TLS copies, PTE/PMD stores, cpuid, the lazy modes)
# are still patch sites: each function of %HOOKS must hold a site
# calling its op (by the table slot, found with gdb, or by the op's
# thunk).  Prints TAP; exit status 1 on offence.
# SPDX-License-Identifier: GPL-2.0
use strict;
use warnings;

my $dir = shift or die "usage: audit.pl OBJDIR\n";
my $vmlinux = "$dir/vmlinux";
my $map = "$dir/System.map.full";
-f $vmlinux && -f $map or die "audit: $vmlinux or $map missing: build first (make)\n";

# Instructions that must go through paravirt_ops.  pushf/popf count
# (they read or write IF), and cpuid (a hypervisor filters what it
# reports); port I/O is judged separately.
my $PRIV = qr/^(cli|sti|pushf[lw]?|popf[lw]?|hlt|lgdt[lw]?|lidt[lw]?|lldt|ltr|sgdt[lw]?|sidt[lw]?|sldt|str[lw]?|smsw|lmsw|clts|invlpg|invd|wbinvd|rdmsr|wrmsr|rdpmc|iret[lwd]?|sysexit|rdtsc|cpuid)\b/;
my $CR = qr/%(cr|db)[0-7]/;
my $IO = qr/^(in|out)[bwl]?\b|^(ins|outs)[bwl]/;

# Objects allowed each kind of instruction.
my @NATIVE = (qr{backends/native/});
# A ring-1 guest returns from its traps with iret itself: lguest's ABI
# has the host run none for it (backends/lhype/entry.S, lhype_iret).
my @GUEST_IRET = (qr{backends/lhype/entry\.o});
my @EARLY = (qr{arch/i386/kernel/head\.o});
# What head.S may do before a backend is chosen: load the GDT and an
# early IDT, turn paging on, halt if start_kernel returns.
my $EARLY_OK = qr/^(lgdt[lw]?|lidt[lw]?|mov|hlt)\b/;
# The paravirt self-test reads the CPU directly, to check the ops against
# it (arch/i386/paravirt/ktest_pvops.c): reads only, nothing it could
# use to change the machine behind a backend's back.
my @TEST_REFS = (qr{arch/i386/paravirt/ktest_pvops\.o});
my $READ_ONLY = qr/^(pushf[lw]?|str[lw]?|sgdt[lw]?|sidt[lw]?|rdtsc|rdmsr|cpuid)\b/;

# The hooks that are no privileged instruction natively (a store, an
# instruction a backend must see, or nothing at all: the lazy modes): each function must keep a patch site
# calling the op, i.e. the series must still route it through the layer.
# FUNCTION => [ops]; when a function is renamed or inlined away, update
# this list.
my %HOOKS = (
	switch_to => ['pv_cpu_ops.load_esp0', 'pv_cpu_ops.load_tls',
		      'pv_cpu_ops.start_context_switch',
		      'pv_cpu_ops.end_context_switch'],
	sys_set_thread_area => ['pv_cpu_ops.load_tls'],
	exec_switch => ['pv_cpu_ops.load_tls'],
	cpu_detect => ['pv_cpu_ops.cpuid'],
	mm_copy => ['pv_mmu_ops.set_pte_at', 'pv_mmu_ops.lazy_mode.enter',
		    'pv_mmu_ops.lazy_mode.leave'],
	mm_map_anon => ['pv_mmu_ops.set_pte_at'],
	mm_unmap => ['pv_mmu_ops.set_pte_at'],
	mm_protect => ['pv_mmu_ops.set_pte_at'],
	mm_cow_fault => ['pv_mmu_ops.set_pte_at'],
	exec_map_segment => ['pv_mmu_ops.set_pte_at'],
	set_fixmap => ['pv_mmu_ops.set_pte'],
	clear_fixmap => ['pv_mmu_ops.set_pte_at'],
	paging_init => ['pv_mmu_ops.set_pte', 'pv_mmu_ops.set_pmd'],
	pte_alloc => ['pv_mmu_ops.set_pmd'],
);
my @PORT_OWNERS = (
	qr{drivers/char/serial\.o},		# COM1/COM2
	qr{arch/i386/kernel/i8259\.o},		# the PICs
	qr{arch/i386/kernel/time\.o},		# the PIT and port 0x61
	qr{backends/vmi/time\.o},		# stops the PIT: VMI's alarm ticks
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

# The patch sites, [start, end), from the records between
# __parainstructions and __parainstructions_end (in .rodata): a 32-bit
# address, the op type, the length and the clobbers, 8 bytes each.
my %syms;
open my $nm, '-|', 'nm', $vmlinux or die "nm: $!\n";
while (<$nm>) { $syms{$2} = hex $1 if /^([0-9a-f]+) \S (__parainstructions(?:_end)?)$/ }
close $nm;
defined $syms{__parainstructions} && defined $syms{__parainstructions_end}
	or die "audit: $vmlinux has no __parainstructions: not a pv386 kernel\n";
my $records = '';
my $bytes = $syms{__parainstructions_end} - $syms{__parainstructions};
if ($bytes) {
	open my $rd, '-|', 'objdump', '-s', '-j', '.rodata',
		sprintf('--start-address=0x%x', $syms{__parainstructions}),
		sprintf('--stop-address=0x%x', $syms{__parainstructions_end}),
		$vmlinux or die "objdump: $!\n";
	while (<$rd>) {
		next unless /^ [0-9a-f]+ ((?:[0-9a-f]{2,8} ?){1,4})/;
		(my $hex = $1) =~ s/ //g;
		$records .= pack 'H*', $hex;
	}
	close $rd;
}
die "audit: .parainstructions is not whole records\n"
	if $bytes % 8 || length($records) != $bytes;
my @sites = sort { $a->[0] <=> $b->[0] }
	    map { my ($at, undef, $len) = unpack 'V C C', substr($records, 8 * $_, 8);
		  [$at, $at + $len] } 0 .. $bytes / 8 - 1;

# Is addr inside a site?  Instructions come in address order.
my $site_i = 0;
sub in_site {
	my ($addr) = @_;
	$site_i++ while $site_i < @sites && $sites[$site_i][1] <= $addr;
	return $site_i < @sites && $sites[$site_i][0] <= $addr;
}

my (@offenders, @early, @early_bad, @test_refs, @esp_operands, %site_calls, %func_seen);
open my $od, '-|', 'objdump', '-d', '--no-show-raw-insn', $vmlinux or die "objdump: $!\n";
my ($sym, $sym_addr) = ('?', 0);
while (<$od>) {
	if (/^([0-9a-f]+) <([^>]+)>:/) { ($sym_addr, $sym) = (hex $1, $2); $func_seen{$sym} = 1; next }
	next unless /^\s*([0-9a-f]+):\s+(\S+)(.*)$/;
	my ($addr, $insn, $args) = (hex $1, $2, $3);
	# A site calls its op through the table, or through its thunk.
	if ($insn eq 'call' && in_site($addr)) {
		$site_calls{$sym}{hex $1} = 1 if $args =~ /^\s*\*0x([0-9a-f]+)\s*$/;
		$site_calls{$sym}{$1} = 1 if $args =~ /<pv_thunk_(\w+)>\s*$/;
	}
	# The Multiboot header: three words of data, not code; and the
	# strings before the paravirt boot entries (asm/paravirt_entry.h).
	next if $sym eq 'multiboot_header' && $addr - $sym_addr < 12;
	next if $sym =~ /_boot_magic$/;
	push @esp_operands, sprintf '%s+0x%x (0x%08x): %s%s', $sym,
		$addr - $sym_addr, $addr, $insn, $args
		if $args =~ /\(%esp/ && in_site($addr);
	my $priv = $insn =~ $PRIV || ($insn =~ /^mov/ && $args =~ $CR);
	my $io = $insn =~ $IO;
	next unless $priv || $io;
	my $obj = object_of($addr);
	(my $short = $obj) =~ s{^.*/obj/[^/]+/}{};
	my $line = sprintf '%s+0x%x (0x%08x, %s): %s%s', $sym,
			   $addr - $sym_addr, $addr, $short, $insn, $args;
	next if allowed($obj, \@NATIVE);
	next if $insn =~ /^iret[lwd]?$/ && allowed($obj, \@GUEST_IRET);
	if (allowed($obj, \@EARLY)) {
		push @early, $line;
		push @early_bad, $line unless $insn =~ $EARLY_OK;
		next;
	}
	if (allowed($obj, \@TEST_REFS) && $insn =~ $READ_ONLY
	    && !($insn =~ /^mov/)) { push @test_refs, $line; next }
	if (allowed($obj, \@TEST_REFS) && $insn =~ /^mov/ && $args =~ /^\s*%cr[0-4],/) {
		push @test_refs, $line;
		next;
	}
	next if $io && allowed($obj, \@PORT_OWNERS);
	push @offenders, $line;
}
close $od;

# Where each hooked op's table slot is (gdb reads the debug information).
my @ops = sort { $a cmp $b } keys %{{ map { $_ => 1 } map { @$_ } values %HOOKS }};
my %slot;
{
	# One print per op, each echoed first, so a missing one is known.
	my @cmd = ('gdb', '-batch', '-nx', map { ('-ex', "echo op $_\\n", '-ex', "print &$_") } @ops);
	open my $g, '-|', 'sh', '-c', 'exec "$@" 2>&1', 'sh', @cmd, $vmlinux
		or die "audit: cannot run gdb: $!\n";
	my $op;
	while (<$g>) {
		$op = $1 if /^op (\S+)$/;
		$slot{$op} = hex $1 if defined $op && /^\$\d+ = .* (0x[0-9a-f]+)(?: <[^>]*>)?\s*$/;
	}
	close $g;
	-x '/usr/bin/gdb' || grep { defined } values %slot
		or die "audit: gdb is needed to find the ops' table slots (make deps)\n";
}
my @unhooked;
for my $f (sort keys %HOOKS) {
	if (!$func_seen{$f}) {
		push @unhooked, "$f: no such function in $vmlinux (renamed or inlined? update %HOOKS in scripts/audit.pl)";
		next;
	}
	for my $op (@{$HOOKS{$f}}) {
		(my $member = $op) =~ s/.*\.//;
		push @unhooked, "$f: no patch site calls $op (hook reverted to native code?)"
			unless defined $slot{$op} && $site_calls{$f}{$slot{$op}}
			    || $site_calls{$f}{$member};
	}
}

print "1..4\n";
if (@offenders) {
	print "not ok 1 - privileged instructions outside the backends\n";
	print "#   $_\n" for @offenders;
} else {
	print "ok 1 - no privileged instruction outside backends/native\n";
}
if (@esp_operands) {
	print "not ok 2 - operands addressed off ESP inside patch sites\n";
	print "#   $_\n" for @esp_operands;
} else {
	print "ok 2 - no operand off ESP in any of the " . scalar(@sites) . " patch sites\n";
}
if (@early && !@early_bad) {
	print "ok 3 - early boot code (head.S, before a backend is chosen): " . scalar(@early) . " instructions, all boot-time ones\n";
	print "#   $_\n" for @early;
} else {
	print "not ok 3 - early boot code: " . (@early ? "instructions beyond lgdt, lidt, CR moves and hlt" : "none found in head.o: the audit cannot map code to objects") . "\n";
	print "#   $_\n" for @early_bad;
}
if (@unhooked) {
	print "not ok 4 - hooks that are no privileged instruction are patch sites\n";
	print "#   $_\n" for @unhooked;
} else {
	my $n = 0;
	$n += @$_ for values %HOOKS;
	print "ok 4 - the $n esp0, TLS, PTE/PMD, cpuid and lazy-mode hooks are patch sites calling their ops\n";
}
print "# the paravirt self-test's reference reads: " . scalar(@test_refs) . " instructions\n";
exit(@offenders || @esp_operands || @early_bad || !@early || @unhooked ? 1 : 0);
