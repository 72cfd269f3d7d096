#!/bin/sh
# Prepare the kernel source: copy a tree and apply the quilt series to it
#
# Usage: prepare-tree.sh KSRC PATCHDIR DEST [LAYER_DIR...]
# Called by the top-level Makefile whenever KSRC, patches/ or the layer
# change.  DEST is rebuilt from scratch; file times are kept so that
# out-of-tree objects of unchanged files are not rebuilt.  Patches are
# applied in series order with patch -p1, exactly as `quilt push -a`
# would, and a patch that does not apply cleanly stops the build.  Then
# each LAYER_DIR (the paravirt layer: include/, arch/, backends/) is
# copied over DEST at the same relative path; the layer only adds files.
# SPDX-License-Identifier: GPL-2.0
set -e
ksrc=$1 pdir=$2 dest=$3
shift 3
if [ ! -f "$ksrc/Makefile" ] || [ ! -d "$ksrc/arch/i386" ]; then
	echo "prepare-tree: $ksrc is not a pv386 kernel tree (no Makefile or arch/i386)" >&2
	exit 1
fi
rm -rf "$dest"
mkdir -p "$dest"
(cd "$ksrc" && tar cf - --exclude=.pc .) | (cd "$dest" && tar xpf -)
if [ -f "$pdir/series" ]; then
	grep -v -E '^[[:space:]]*(#|$)' "$pdir/series" | while read -r p opts; do
		if ! patch -d "$dest" -p1 -s --batch --no-backup-if-mismatch \
				-i "$(cd "$pdir" && pwd)/$p"; then
			echo "prepare-tree: patch $p does not apply to $ksrc" >&2
			exit 1
		fi
	done
fi
for layer in "$@"; do
	for f in $(cd "$layer" && find . -type f); do
		if [ -e "$dest/$layer/$f" ]; then
			echo "prepare-tree: $layer/$f would overwrite a file of the tree" >&2
			exit 1
		fi
	done
	mkdir -p "$dest/$layer"
	(cd "$layer" && tar cf - .) | (cd "$dest/$layer" && tar xpf -)
done
