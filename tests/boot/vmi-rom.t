#!/usr/bin/perl
# The VMI option ROM on bare QEMU: the native fallback, malformed ROMs
#
# Boots build/vmlinux with build/vmi.rom (hv/vmi/rom/) as a QEMU
# -option-rom, and with variants of it built here by patching its
# bytes.  QEMU's BIOS (SeaBIOS) copies each option ROM to the next
# 2 KiB boundary from 0xC0000 on and runs its init entry; its debug
# console (port 0x402) says where ("Running option rom at SEG:0003"),
# which the kernel's "vmi: ROM at" line must match.  The BIOS refuses
# a ROM with a bad checksum or no 0xAA55, so those variants, and the
# one off the 2 KiB grid, ride inside a carrier ROM that the BIOS
# accepts: its own header and init stub, then the variant at offset
# 2048 (or 512), the carrier's checksum made right by its pad byte.
#  - the real ROM: backends/vmi finds it, reserves above virtual_top
#    (paging_init then puts the fixmap below it), VMI_Init finds no
#    host, and the kernel boots native, saying why, and passes the
#    whole ktest suite;
#  - each malformed ROM: its one "vmi:" line, then a native boot;
#  - a newer minor API or other PCI ids: a warning, then as the real one;
#  - VMI_Init patched to succeed: get_reloc gives NONE for IRET, which is
#    mandatory: one line, native;
#  - no ROM at all: not a word of vmi (the VGA ROM is not VMI).
# Logs: build/logs/vmi-rom-*.log, the BIOS's in *.bios.
# SPDX-License-Identifier: GPL-2.0
use strict;
use warnings;
use FindBin;
use lib "$FindBin::Bin/../lib";
use File::Path qw(make_path);
use Boot;
use KTAP;

my $vmlinux = Boot::need('build/vmlinux');
my $romfile = Boot::need('build/vmi.rom', 'hv/vmi/rom/rom.S');
my $dir = "$Boot::ROOT/build/vmi-rom";
make_path($dir);

open my $fh, '<:raw', $romfile or die "vmi-rom.t: $romfile: $!\n";
my $rom = do { local $/; <$fh> };
close $fh;

sub sum8 { unpack '%8C*', $_[0] }

# The ROM's last byte is its checksum byte (hv/vmi/rom/mkrom.pl).
sub fixsum {
	my ($r) = @_;
	substr($r, -1, 1) = "\0";
	substr($r, -1, 1) = chr((256 - sum8($r)) & 0xff);
	return $r;
}

# The real ROM with BYTES at OFF, its checksum kept right.
sub patched {
	my ($off, $bytes) = @_;
	my $r = $rom;
	substr($r, $off, length $bytes) = $bytes;
	return fixsum($r);
}

# A carrier the BIOS accepts, with INNER at OFF: the real ROM's first 8
# bytes (signature, length, init stub), its pad byte as checksum.
sub carried {
	my ($inner, $off) = @_;
	my $c = substr($rom, 0, 8) . "\0" x ($off - 8) . $inner;
	substr($c, 2, 1) = chr(length($c) / 512);
	substr($c, 7, 1) = chr((256 - sum8($c)) & 0xff);
	return $c;
}

my ($license_offs, $pci_offs) = unpack 'x22 v v', $rom;
my $native = qr/^paravirt: booting on bare hardware$/m;
my $no_host = qr/^paravirt: vmi failed to start \(VMI_Init returned 1: no host answered\); booting native$/m;

# One boot with ROM (or none); the BIOS's log beside the console's.
sub boot {
	my ($tag, $image, $append) = @_;
	my @rom;
	if (defined $image) {
		my $f = "$dir/$tag.rom";
		open my $o, '>:raw', $f or die "vmi-rom.t: $f: $!\n";
		print $o $image;
		close $o;
		@rom = ('-option-rom', $f);
	}
	my $bios = "$Boot::LOGS/vmi-rom-$tag.bios";
	unlink $bios;
	my $run = Boot::qemu(name => "vmi-rom-$tag",
		args => ['-chardev', "file,id=bios,path=$bios",
			 '-device', 'isa-debugcon,iobase=0x402,chardev=bios',
			 @rom, '-kernel', $vmlinux, '-append', $append // 'ktest=paravirt']);
	open my $b, '<', $bios;
	$run->{bios} = $b ? do { local $/; <$b> } : '';
	return $run;
}

# Where the BIOS put our ROM (the carrier), from its debug console:
# the option ROMs it ran after the VGA BIOS, less QEMU's own.
sub bios_rom_at {
	my ($run) = @_;
	my ($scan) = $run->{bios} =~ /Scan for option roms\n(.*)/s or return undef;
	my @segs = map { hex } $scan =~ /^Running option rom at ([0-9a-f]{4}):0003$/mg;
	return \@segs;
}

# A native boot that ran its self-tests: one point for all of KTAP.
sub native_point {
	my ($run) = @_;
	my @bad = grep { !$_->{ok} && !defined $_->{skip} } KTAP::grade($run->{text}),
		Boot::exit_point($run, 1);
	my $on_native = $run->{text} =~ $native;
	return { ok => !@bad && $on_native, name => 'booted native, self-tests passed',
		 diag => [$on_native ? () : 'no "paravirt: booting on bare hardware" line',
			  map { "$_->{name}: " . join('; ', @{$_->{diag} || []}) } @bad] };
}

# Exactly the lines of "vmi:" and "paravirt: vmi ..." the case expects.
sub lines_point {
	my ($run, $what, @want) = @_;
	my @got = $run->{text} =~ /^((?:vmi: |paravirt: vmi ).*)$/mg;
	my @miss = grep { my $re = $_; !grep { $_ =~ $re } @got } @want;
	my @extra = grep { my $l = $_; !grep { $l =~ $_ } @want } @got;
	return { ok => !@miss && !@extra, name => $what,
		 diag => [(map { "missing: $_" } @miss), (map { "unexpected: $_" } @extra)] };
}

sub named {
	my ($tag, @p) = @_;
	$_->{name} = "$tag: $_->{name}" for @p;
	return @p;
}

my @fails;
sub check {
	my ($tag, @p) = @_;
	for (named($tag, @p)) {
		Boot::point($_) or push @fails, "vmi-rom-$tag";
	}
}

# --- the real ROM: found, reserved, VMI_Init fails, native, all of ktest ---
my $run = boot('real', $rom, 'ktest');
my ($at) = $run->{text} =~ /^vmi: ROM at 0x([0-9a-f]{5}): API 3\.0, 4 KiB, virtual_top 0xffc00000$/m;
my $segs = bios_rom_at($run) // [];
check('real ROM',
	{ ok => length($rom) % 512 == 0 && length($rom) == ord(substr($rom, 2, 1)) * 512
		&& sum8($rom) == 0,
	  name => 'build/vmi.rom: whole 512-byte blocks, rom_length of them, checksum 0',
	  diag => [sprintf 'length %d, rom_length %d, sum 0x%02x', length $rom,
		   ord(substr($rom, 2, 1)), sum8($rom)] },
	{ ok => defined $at, name => 'the backend found the ROM (API 3.0, 4 KiB, virtual_top 0xffc00000)',
	  diag => ['no matching "vmi: ROM at" line'] },
	{ ok => defined $at && grep({ $_ * 16 == hex $at } @$segs),
	  name => "the BIOS ran the ROM's init entry where the kernel found it",
	  diag => ['kernel: ' . ($at // 'none') . '; BIOS ran option ROMs at '
		   . join(', ', map { sprintf '%04x:0003', $_ } @$segs)] },
	Boot::like_point($run, qr/^paging: reserved 4096k at the top of the address space \(from 0xffc00000\)\nparavirt: vmi failed/m,
			 'virtual_top reserved, then vmi failed to start'),
	Boot::like_point($run, qr/^paging: \d+MB lowmem at 0xc0000000, fixmap 0x[0-9a-f]{8}-0xffbfffff$/m,
			 'paging_init put the fixmap below virtual_top'),
	lines_point($run, 'one line: VMI_Init found no host', qr/^vmi: ROM at /, $no_host),
	native_point($run));

# --- malformed ROMs: one line each, then native ------------------------------
my $sig_bad = patched(0, "\0\0");
my $csum_bad = $rom;
substr($csum_bad, -1, 1) = chr((ord(substr($rom, -1, 1)) + 1) & 0xff);
my @cases = (
	['checksum', carried($csum_bad, 2048), 2048,
	 qr/^vmi: ROM at 0x[0-9a-f]{5}: checksum is off \(sum 0x01, not 0\); ignored$/],
	['signature', carried($sig_bad, 2048), 2048,
	 qr/^vmi: ROM at 0x[0-9a-f]{5}: signature 0x0000, not 0xaa55; ignored$/],
	['api-major-2', patched(13, "\x02"), undef,
	 qr/^vmi: ROM at 0x[0-9a-f]{5}: API 2\.0, not 3\.x; ignored$/],
	['no-license', patched(22, "\0\0"), undef,
	 qr/^vmi: ROM at 0x[0-9a-f]{5}: license unspecified \(license_offs 0\); ignored$/],
	['wrong-license', patched($license_offs, "BSD\0\0\0\0"), undef,
	 qr/^vmi: ROM at 0x[0-9a-f]{5}: license "BSD" is not GPL; ignored$/],
	['license-runs-off', patched(22, pack('v', length($rom) - 1)), undef,
	 qr/^vmi: ROM at 0x[0-9a-f]{5}: license string runs off the ROM; ignored$/],
	['no-pci-header', patched(24, "\0\0"), undef,
	 qr/^vmi: ROM at 0x[0-9a-f]{5}: no PCI header \(pci_header_offs 0\); ignored$/],
	['odd-offset', carried($rom, 512), 512,
	 qr/^vmi: ROM at 0x[0-9a-f]{5} is not on a 2 KiB boundary; ignored$/],
	['virtual-top', patched(16, pack('V', 0x80000000)), undef,
	 qr/^vmi: ROM at 0x[0-9a-f]{5}: virtual_top 0x80000000 is not a 4 MiB boundary in the top 512 MiB; ignored$/],
	['get-reloc-none', patched(128, "\x31\xc0\xc3"), undef,
	 qr/^paravirt: vmi failed to start \(the ROM's get_reloc gives type 0 for IRET, which is mandatory\); booting native$/],
);
for my $c (@cases) {
	my ($tag, $image, $inner, $want) = @$c;
	$run = boot($tag, $image);
	my @l = $tag eq 'get-reloc-none' ? (qr/^vmi: ROM at /, $want) : ($want);
	my @p = (lines_point($run, 'its one line, nothing else of vmi', @l), native_point($run));
	if (defined $inner) {
		my ($got) = $run->{text} =~ /^vmi: ROM at 0x([0-9a-f]{5})/m;
		my $segs = bios_rom_at($run) // [];
		push @p, { ok => defined $got && grep({ $_ * 16 + $inner == hex $got } @$segs),
			   name => "the line names the ROM inside its carrier, at +$inner",
			   diag => ['kernel: ' . ($got // 'none') . '; BIOS ran option ROMs at '
				    . join(', ', map { sprintf '%04x:0003', $_ } @$segs)] };
	}
	check($tag, @p);
}

# --- accepted with a warning: then as the real ROM ---------------------------
$run = boot('api-minor-255', patched(12, "\xff"));
check('api-minor-255', lines_point($run, 'a newer minor API is used, with a warning',
	qr/^vmi: ROM at 0x[0-9a-f]{5}: API 3\.255 is newer than 3\.0; used as 3\.0$/,
	qr/^vmi: ROM at 0x[0-9a-f]{5}: API 3\.255, 4 KiB/, $no_host), native_point($run));
$run = boot('pci-ids', patched($pci_offs + 4, pack('vv', 0x8086, 0x1234)));
check('pci-ids', lines_point($run, 'other PCI ids are only a warning',
	qr/^vmi: ROM at 0x[0-9a-f]{5}: PCI id 8086:1234, not 15ad:0801; used anyway$/,
	qr/^vmi: ROM at 0x[0-9a-f]{5}: API 3\.0, 4 KiB/, $no_host), native_point($run));

# --- no ROM: silence ---------------------------------------------------------
$run = boot('none', undef);
check('no ROM', lines_point($run, 'not a word of vmi'), native_point($run));

Boot::diag("serial logs of the failures: build/logs/$_.log") for @fails;
print "1..$Boot::N\n";
exit($Boot::FAILED > 254 ? 254 : $Boot::FAILED);
