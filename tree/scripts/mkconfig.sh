#!/bin/sh
# Kernel configuration: defconfig + overrides -> .config and autoconf.h
#
# Called by the tree's Makefile before anything is compiled.  Reads the
# defconfig (lines "CONFIG_X=value" or "# CONFIG_X is not set"), applies
# the overrides given as arguments ("CONFIG_X=y", "CONFIG_X=n",
# "CONFIG_HZ=250"), and writes .config and the C header only when their
# content changes, so that an unchanged configuration rebuilds nothing.
# SPDX-License-Identifier: GPL-2.0
set -e
defconfig=$1 config=$2 header=$3
shift 3

tmp=$config.tmp.$$
grep -E '^(CONFIG_[A-Za-z0-9_]+=|# CONFIG_[A-Za-z0-9_]+ is not set)' \
	"$defconfig" > "$tmp"
for o in "$@"; do
	case "$o" in
	CONFIG_*=*) ;;
	*) echo "mkconfig: bad override '$o' (want CONFIG_NAME=value)" >&2
	   rm -f "$tmp"; exit 1 ;;
	esac
	name=${o%%=*}
	grep -v -E "^($name=|# $name is not set)" "$tmp" > "$tmp.2" || true
	mv "$tmp.2" "$tmp"
	case "${o#*=}" in
	n) echo "# $name is not set" >> "$tmp" ;;
	*) echo "$o" >> "$tmp" ;;
	esac
done
if ! cmp -s "$tmp" "$config"; then mv "$tmp" "$config"; else rm -f "$tmp"; fi

htmp=$header.tmp.$$
{
	echo "/* Generated from .config by scripts/mkconfig.sh: do not edit. */"
	echo "#ifndef _LINUX_AUTOCONF_H"
	echo "#define _LINUX_AUTOCONF_H"
	sed -n -e 's/^\(CONFIG_[A-Za-z0-9_]*\)=y$/#define \1 1/p' \
		-e 's/^\(CONFIG_[A-Za-z0-9_]*\)=\([0-9x][0-9a-fA-Fx]*\)$/#define \1 \2/p' \
		-e 's/^\(CONFIG_[A-Za-z0-9_]*\)=\(".*"\)$/#define \1 \2/p' "$config"
	echo "#endif"
} > "$htmp"
if ! cmp -s "$htmp" "$header"; then mv "$htmp" "$header"; else rm -f "$htmp"; fi
