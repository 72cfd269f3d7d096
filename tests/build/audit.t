#!/bin/sh
# make audit, as a test: no privileged instruction outside the backends
#
# Runs scripts/audit.pl on the CONFIG_PARAVIRT=y build (build/obj/pv): it
# must find no offender.  Then on the CONFIG_PARAVIRT=n build, where the
# tree's own cli, iret and CR accesses are still inline: it must find
# them, or the audit is blind.
# SPDX-License-Identifier: GPL-2.0
cd "$(dirname "$0")/../.." || exit 1
echo "1..3"
if [ ! -f build/obj/pv/vmlinux ] || [ ! -f build/obj/nopv/vmlinux ]; then
	echo "not ok 1 - build/obj/pv or build/obj/nopv is not built (run make check)"
	exit 1
fi
out=$(perl scripts/audit.pl build/obj/pv)
rc=$?
echo "$out" | grep -v -e '^1\.\.' -e '^ok 2' -e '^not ok 2'
nopv=$(perl scripts/audit.pl build/obj/nopv)
if echo "$nopv" | grep -q 'ret_from_trap+0x[0-9a-f]* .*: cli'; then
	echo "ok 2 - the audit finds the inline cli of a CONFIG_PARAVIRT=n build"
else
	echo "not ok 2 - the audit does not see the CONFIG_PARAVIRT=n build's cli"
	rc=1
fi
if echo "$out" | grep -q '^ok 2 - early boot code'; then
	echo "ok 3 - head.S's early code is listed separately"
else
	echo "not ok 3 - no list of the early boot code"
	rc=1
fi
exit $rc
