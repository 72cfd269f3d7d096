#!/usr/bin/perl
# Command-line length test: 2047 bytes kept whole, a longer line cut aloud
#
# The kernel keeps COMMAND_LINE_SIZE - 1 = 2047 bytes of its command line
# (include/asm-i386/bootparam.h).  Boots build/vmlinux by qemu -append
# twice.  A line of exactly 2047 bytes whose last option is ktest=boot
# must be printed back whole, without a "cut" warning, and run the boot
# suite alone (the last option took effect).  A 3000-byte line starting
# with ktest=boot and ending with ktest=cpu must be reported as "boot:
# command line is 3000 bytes; cut to 2047", printed as its first 2047
# bytes, and run the boot suite alone (ktest=cpu was cut off).  Both must
# pass KTAP and power off with status 0.  Logs: build/logs/cmdline*.log.
# SPDX-License-Identifier: GPL-2.0
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/../lib";
use Boot;
use KTAP;

my $LIMIT = 2047;
my $vmlinux = Boot::need('build/vmlinux');

# 180 "loglevel=7 " (1980 bytes), one zero-padded loglevel=7 to fill up.
my $fill = 'loglevel=7 ' x 180;
my $fits = $fill . 'loglevel=' . '0' x ($LIMIT - length($fill) - 10 - 11) . '7 ktest=boot';
my $long = 'ktest=boot ' . $fill;
$long .= 'loglevel=7 ' x ((3000 - length($long) - 10) / 11);
$long .= 'x' x (3000 - length($long) - 10) . ' ktest=cpu';
die "cmdline.t: test lines of the wrong length\n" unless length($fits) == $LIMIT && length($long) == 3000;

# The points for one run: printed line, cut warning, boot suite alone.
sub points {
	my ($run, $what, $want, $cut) = @_;
	my $t = $run->{text};
	my ($printed) = $t =~ /^Kernel command line: (.*?)\s*$/m;
	my @suites = $t =~ /^    # Subtest: (\S+)$/mg;
	my ($warn) = $t =~ /^(boot: command line .*?)\s*$/m;
	return (
		{ ok => defined $printed && $printed eq $want,
		  name => "$what: the kernel prints the " . length($want) . ' bytes it kept',
		  diag => [defined $printed ? sprintf('printed %d bytes, %s', length $printed,
			$printed eq $want ? 'equal' : 'different') : 'no "Kernel command line:" line'] },
		{ ok => defined $cut ? defined $warn && $warn eq $cut : !defined $warn,
		  name => $what . ': ' . ($cut // 'no "cut" warning'),
		  diag => ['got: ' . ($warn // 'no "boot: command line" line')] },
		{ ok => "@suites" eq 'boot', name => "$what: ktest=boot alone took effect (suites: boot)",
		  diag => ["suites run: @suites"] },
		KTAP::grade($t),
		Boot::exit_point($run, 1));
}

my $r1 = Boot::qemu(name => 'cmdline-2047', args => ['-kernel', $vmlinux, '-append', $fits]);
my $r2 = Boot::qemu(name => 'cmdline-3000', args => ['-kernel', $vmlinux, '-append', $long]);
my @p1 = points($r1, '2047 bytes', $fits);
Boot::tail($r1) if grep { !$_->{ok} } @p1;
Boot::report($r2, @p1,
	points($r2, '3000 bytes', substr($long, 0, $LIMIT), "boot: command line is 3000 bytes; cut to $LIMIT"));
