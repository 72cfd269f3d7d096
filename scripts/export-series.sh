#!/bin/sh
# make export: a self-contained paravirt series for a pristine tree
#
# Usage: export-series.sh PATCHDIR OUTDIR LAYER_DIR...
# Writes OUTDIR/series and its patches: first paravirt-layer.patch, which
# creates every file of the layer (include/, arch/, backends/), then the
# hook patches of PATCHDIR/series, unchanged.  The result applies with
# plain `patch -p1` in series order, or `quilt push -a`, to a copy of
# tree/; tests/build/export.t checks that it does, builds and passes.
# SPDX-License-Identifier: GPL-2.0
set -e
pdir=$1 out=$2
shift 2
rm -rf "$out"
mkdir -p "$out"
layer=$out/paravirt-layer.patch
{
	echo "paravirt: the paravirt_ops layer and its backends"
	echo
	echo "The new files of the pv386 paravirt layer: the ops and call sites"
	echo "(include/asm-i386/paravirt*.h), the core (arch/i386/paravirt) and the"
	echo "backends (backends/).  The patches after this one hook the tree into it."
	echo "---"
	for d in "$@"; do
		find "$d" -type f | LC_ALL=C sort | while read -r f; do
			diff -Nu --label /dev/null --label "b/$f" /dev/null "$f" || true
		done
	done
} > "$layer"
echo paravirt-layer.patch > "$out/series"
grep -v -E '^[[:space:]]*(#|$)' "$pdir/series" | while read -r p opts; do
	cp "$pdir/$p" "$out/$p"
	echo "$p" >> "$out/series"
done
echo "export: $(wc -l < "$out/series") patches in $out"
