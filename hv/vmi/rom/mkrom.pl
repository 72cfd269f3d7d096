#!/usr/bin/perl
# VMI option ROM image: checks the assembled ROM and sets its checksum
#
# hv/vmi/rom/Makefile runs it on the flat binary of rom.S: the image
# must be whole 512-byte blocks, exactly rom_length of them (byte 2),
# with 0xAA55 and "cVmi" in place; its last byte becomes the value
# that makes the 8-bit sum of all bytes zero, as the BIOS and our
# backend check.  Usage: mkrom.pl IN OUT.  One line and exit 1 on error.
# SPDX-License-Identifier: GPL-2.0
use strict;
use warnings;

my ($in, $out) = @ARGV;
die "usage: mkrom.pl IN OUT\n" unless defined $out;
open my $fh, '<:raw', $in or die "mkrom: $in: $!\n";
my $rom = do { local $/; <$fh> };
close $fh;
my $len = length $rom;
die "mkrom: $in is $len bytes, not a multiple of 512\n" if !$len || $len % 512;
my ($sig, $blocks, $vsig) = unpack 'v C x5 V', $rom;
die sprintf("mkrom: $in: signature 0x%04x, want 0xaa55\n", $sig) if $sig != 0xAA55;
die "mkrom: $in: no \"cVmi\" at offset 8\n" if $vsig != 0x696d5663;
die "mkrom: $in: rom_length says $blocks blocks, the image has " . $len / 512 . "\n"
	if $blocks * 512 != $len;
substr($rom, -1, 1) = "\0";
my $sum = unpack('%8C*', $rom);
substr($rom, -1, 1) = chr((256 - $sum) & 0xff);
open $fh, '>:raw', "$out.tmp" or die "mkrom: $out.tmp: $!\n";
print $fh $rom;
close $fh or die "mkrom: $out.tmp: $!\n";
rename "$out.tmp", $out or die "mkrom: $out: $!\n";
