#!/bin/sh
# make audit, as a test: no privileged instruction outside the backends
#
# Runs scripts/audit.pl on the CONFIG_PARAVIRT=y build (build/obj/pv):
# its three tests (no privileged instruction outside the backends, no
# patch-site operand off ESP, head.S's early code listed) must pass.
# Then on the CONFIG_PARAVIRT=n build, where the tree's own cli, iret
# and CR accesses are still inline: it must find them, or it is blind.
# SPDX-License-Identifier: GPL-2.0
cd "$(dirname "$0")/../.." || exit 1
echo "1..4"
if [ ! -f build/obj/pv/vmlinux ] || [ ! -f build/obj/nopv/vmlinux ]; then
	echo "not ok 1 - build/obj/pv or build/obj/nopv is not built (run make check)"
	exit 1
fi
out=$(perl scripts/audit.pl build/obj/pv)
rc=$?
echo "$out" | grep -v '^1\.\.'
nopv=$(perl scripts/audit.pl build/obj/nopv)
if echo "$nopv" | grep -q 'ret_from_trap+0x[0-9a-f]* .*: cli'; then
	echo "ok 4 - the audit finds the inline cli of a CONFIG_PARAVIRT=n build"
else
	echo "not ok 4 - the audit does not see the CONFIG_PARAVIRT=n build's cli"
	rc=1
fi
exit $rc
