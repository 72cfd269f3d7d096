#!/bin/sh
# make export, as a test: the exported series on a pristine tree
#
# Applies build/export/ (written by make export) to a fresh copy of tree/
# with plain patch -p1, checks quilt agrees on another copy, builds the
# result with CONFIG_PARAVIRT=y straight from the tree's own Makefile,
# and boots it with ktest, which must pass.
# SPDX-License-Identifier: GPL-2.0
cd "$(dirname "$0")/../.." || exit 1
. tests/lib/shconf.sh
echo "1..4"
exp=build/export
if [ ! -f "$exp/series" ]; then
	echo "not ok 1 - $exp is not written (run make check)"
	exit 1
fi
work=build/export-test
rm -rf "$work" && mkdir -p "$work"
cp -a tree "$work/tree" && cp -a tree "$work/quilt"
ok=1
for p in $(grep -v -E '^[[:space:]]*(#|$)' "$exp/series"); do
	if ! patch -d "$work/tree" -p1 -s --batch < "$exp/$p" > "$work/patch.log" 2>&1; then
		ok=0
		echo "# $p does not apply:"
		sed 's/^/#   /' "$work/patch.log"
		break
	fi
done
[ $ok = 1 ] && echo "ok 1 - the exported series applies with patch -p1" \
	|| { echo "not ok 1 - the exported series applies with patch -p1"; exit 1; }
if (cd "$work/quilt" && QUILT_PATCHES=$(cd ../../.. && pwd)/$exp quilt push -a -q > ../quilt.log 2>&1) &&
   diff -r -x .pc "$work/tree" "$work/quilt" > "$work/quilt.diff"; then
	echo "ok 2 - quilt push -a gives the same tree"
else
	echo "not ok 2 - quilt push -a gives the same tree"
	sed 's/^/#   /' "$work/quilt.log" "$work/quilt.diff" | tail -20
fi
if make -s -C "$work/tree" O="$PWD/$work/obj" \
		CONFIG_OVERRIDES="CONFIG_PARAVIRT=y CONFIG_DEBUG_PARAVIRT=y" \
		> "$work/build.log" 2>&1; then
	echo "ok 3 - it builds with CONFIG_PARAVIRT=y"
else
	echo "not ok 3 - it builds with CONFIG_PARAVIRT=y"
	tail -20 "$work/build.log" | sed 's/^/#   /'
	exit 1
fi
mkdir -p build/logs
timeout "$QEMU_TIMEOUT" $QEMU $QEMU_MACHINE -serial file:build/logs/export.log \
	-kernel "$work/obj/vmlinux" -append ktest > /dev/null 2>&1
st=$?
if [ $st = 1 ] && grep -q '^# ktest: 0 of [0-9]* suites failed' build/logs/export.log &&
   grep -q '^paravirt: booting on bare hardware' build/logs/export.log; then
	echo "ok 4 - it boots and passes ktest on the native backend"
else
	echo "not ok 4 - it boots and passes ktest on the native backend (QEMU exit $st)"
	tail -30 build/logs/export.log | sed 's/^/#   /'
	exit 1
fi
