#!/usr/bin/perl
# Compare two kernel builds' code, function by function (CONFIG_PARAVIRT=n)
#
# Usage: compare-text.pl VANILLA_OBJDIR PATCHED_OBJDIR
# The series must leave the tree's code unchanged without CONFIG_PARAVIRT.
# tests/build/identity.t builds tree/ and the patched tree (both
# CONFIG_PARAVIRT=n) and runs this on the two object directories.  Each
# kernel object is disassembled with its relocations (objdump -dr), so
# the comparison is independent of where things were linked; the text of
# every function must match.  The one difference it can name is a line
# number moved by a patch (an immediate that __LINE__ produced, as in
# BUG() and self-test messages); everything else, and any function or
# object on one side only, is a failure.  Prints TAP.
# SPDX-License-Identifier: GPL-2.0
use strict;
use warnings;
use File::Find;

my ($van, $pat) = @ARGV;
die "usage: compare-text.pl VANILLA_OBJDIR PATCHED_OBJDIR\n" unless defined $pat;

sub objects {
	my ($dir) = @_;
	my @o;
	find(sub { push @o, $File::Find::name if /\.o$/ }, $dir);
	return map { substr($_, length($dir) + 1) } @o;
}

# function name => [normalised instruction lines], of one object file.
sub functions {
	my ($obj) = @_;
	my (%f, $cur);
	open my $fh, '-|', 'objdump', '-dr', '--no-show-raw-insn', $obj
		or die "objdump $obj: $!\n";
	while (<$fh>) {
		chomp;
		if (/^[0-9a-f]+ <([^>]+)>:$/) { $cur = $1; $f{$cur} = []; next }
		next unless defined $cur;
		# instruction "  12:\tmov ..." or relocation "\t\t\t13: R_386_32 sym"
		if (s/^\s+[0-9a-f]+:\s+//) {
			s/\s+#.*$//;			# objdump's comments
			s/<[^>]*>//g;			# symbolic targets: see relocs
			s/\b[0-9a-f]+ //;		# local jump targets
			push @{$f{$cur}}, $_;
		}
	}
	close $fh;
	return \%f;
}

# Do two instruction lists differ only in small immediates (line numbers)?
sub only_line_numbers {
	my ($a, $b) = @_;
	return 0 unless @$a == @$b;
	for my $i (0 .. $#$a) {
		next if $a->[$i] eq $b->[$i];
		my ($x, $y) = ($a->[$i], $b->[$i]);
		my @nx = $x =~ /\$0x([0-9a-f]+)/g;
		my @ny = $y =~ /\$0x([0-9a-f]+)/g;
		(my $sx = $x) =~ s/\$0x[0-9a-f]+/\$N/g;
		(my $sy = $y) =~ s/\$0x[0-9a-f]+/\$N/g;
		return 0 unless $sx eq $sy && @nx == @ny;
		for my $k (0 .. $#nx) {
			next if $nx[$k] eq $ny[$k];
			return 0 if hex($nx[$k]) > 5000 || hex($ny[$k]) > 5000;
		}
	}
	return 1;
}

my %v = map { $_ => 1 } grep { !m{^usr/} } objects($van);
my %p = map { $_ => 1 } grep { !m{^usr/} } objects($pat);
my @all = sort keys %{{ %v, %p }};
my ($n, $bad, $named, $funcs) = (0, 0, 0, 0);
print "1.." . scalar(@all) . "\n";
for my $o (@all) {
	$n++;
	unless ($v{$o} && $p{$o}) {
		print "not ok $n - $o: only in the " . ($v{$o} ? 'vanilla' : 'patched') . " build\n";
		$bad++;
		next;
	}
	my $fv = functions("$van/$o");
	my $fp = functions("$pat/$o");
	my @diag;
	for my $fn (sort keys %{{ %$fv, %$fp }}) {
		$funcs++;
		if (!$fv->{$fn} || !$fp->{$fn}) {
			push @diag, "$fn: only in the " . ($fv->{$fn} ? 'vanilla' : 'patched') . ' build';
		} elsif (join("\n", @{$fv->{$fn}}) ne join("\n", @{$fp->{$fn}})) {
			if (only_line_numbers($fv->{$fn}, $fp->{$fn})) {
				$named++;
				print "# $o: $fn: a line number moved (named difference)\n";
			} else {
				push @diag, "$fn: code differs";
			}
		}
	}
	if (@diag) {
		$bad++;
		print "not ok $n - $o\n", map { "#   $_\n" } @diag;
	} else {
		print "ok $n - $o\n";
	}
}
print "# $funcs functions in " . scalar(@all) . " objects compared; $named named differences\n";
exit($bad ? 1 : 0);
