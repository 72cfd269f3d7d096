#!/bin/sh
# CONFIG_PARAVIRT=n identity: the series must not change the tree's code
#
# make check builds tree/ as it is (build/obj/vanilla) and the patched
# tree without CONFIG_PARAVIRT (build/obj/nopv); scripts/compare-text.pl
# compares their code function by function and fails on any difference
# it cannot name.  The last point checks that the comparison can fail:
# the CONFIG_PARAVIRT=y build must differ.
# SPDX-License-Identifier: GPL-2.0
cd "$(dirname "$0")/../.." || exit 1
for d in build/obj/vanilla build/obj/nopv build/obj/pv; do
	if [ ! -f "$d/vmlinux" ]; then
		echo "1..1"
		echo "not ok 1 - $d is not built (run make check)"
		exit 1
	fi
done
out=$(perl scripts/compare-text.pl build/obj/vanilla build/obj/nopv)
rc=$?
n=$(echo "$out" | sed -n 's/^1\.\.\([0-9]*\)$/\1/p')
echo "1..$((n + 1))"
echo "$out" | grep -v '^1\.\.'
if perl scripts/compare-text.pl build/obj/vanilla build/obj/pv > /dev/null; then
	echo "not ok $((n + 1)) - the CONFIG_PARAVIRT=y build compares equal: the comparison is blind"
	exit 1
fi
echo "ok $((n + 1)) - the CONFIG_PARAVIRT=y build differs, as it must"
exit $rc
