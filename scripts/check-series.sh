#!/bin/sh
# make series-check: every prefix of the series builds and boots
#
# Usage: check-series.sh KSRC PATCHDIR WORKDIR LAYER_DIR...
# For k = 0 .. N, prepares KSRC with the first k patches of
# PATCHDIR/series and the layer (scripts/prepare-tree.sh), builds it
# with and without CONFIG_PARAVIRT, and boots both with ktest=boot,cpu
# (the quick suites), which must pass.  Slow (two builds a patch), so it
# is a target of its own, not part of make check.
# SPDX-License-Identifier: GPL-2.0
set -e
ksrc=$1 pdir=$2 work=$3
shift 3
. tests/lib/shconf.sh
total=$(grep -c -v -E '^[[:space:]]*(#|$)' "$pdir/series")
k=0
while [ $k -le $total ]; do
	rm -rf "$work/patches" && mkdir -p "$work/patches"
	grep -v -E '^[[:space:]]*(#|$)' "$pdir/series" | head -n $k > "$work/patches/series"
	for p in $(cat "$work/patches/series"); do cp "$pdir/$p" "$work/patches/"; done
	sh scripts/prepare-tree.sh "$ksrc" "$work/patches" "$work/src" "$@"
	for cfg in n y; do
		obj=$work/obj-$cfg
		rm -rf "$obj"
		if ! make -s -C "$work/src" O="$PWD/$obj" CONFIG_OVERRIDES="CONFIG_PARAVIRT=$cfg" > "$work/build.log" 2>&1; then
			echo "series-check: patch $k ($(tail -n 1 "$work/patches/series")) does not build with CONFIG_PARAVIRT=$cfg" >&2
			tail -20 "$work/build.log" >&2
			exit 1
		fi
		timeout "$QEMU_TIMEOUT" $QEMU $QEMU_MACHINE -serial file:"$work/boot.log" \
			-kernel "$obj/vmlinux" -append "ktest=boot,cpu" > /dev/null 2>&1 || st=$?
		if [ "${st:-0}" != 1 ] || ! grep -q '^# ktest: 0 of' "$work/boot.log"; then
			echo "series-check: patch $k does not boot with CONFIG_PARAVIRT=$cfg (QEMU exit ${st:-0})" >&2
			tail -20 "$work/boot.log" >&2
			exit 1
		fi
		st=
	done
	echo "series-check: $k of $total patches: builds and boots, CONFIG_PARAVIRT=n and y"
	k=$((k + 1))
done
