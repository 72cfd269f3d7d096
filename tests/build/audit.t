#!/bin/sh
# make audit, as a test: the hooks go through the layer, and the audit sees
#
# Runs scripts/audit.pl on the CONFIG_PARAVIRT=y build (build/obj/pv):
# its four tests (no privileged instruction outside the backends, no
# patch-site operand off ESP, head.S's early code only boot-time
# instructions, the esp0/TLS/PTE/PMD/cpuid/lazy-mode hooks patch sites
# calling their ops) must pass.  Then on the CONFIG_PARAVIRT=n build,
# which is the tree with every hook reverted to native code: the audit
# must find its inline cli and cpuid, and report every hook of its list
# as no patch site, or it is blind to them.
# SPDX-License-Identifier: GPL-2.0
cd "$(dirname "$0")/../.." || exit 1
echo "1..7"
if [ ! -f build/obj/pv/vmlinux ] || [ ! -f build/obj/nopv/vmlinux ]; then
	echo "not ok 1 - build/obj/pv or build/obj/nopv is not built (run make check)"
	exit 1
fi
out=$(perl scripts/audit.pl build/obj/pv)
rc=$?
echo "$out" | grep -v '^1\.\.'
nopv=$(perl scripts/audit.pl build/obj/nopv 2>&1)
if echo "$nopv" | grep -q 'ret_from_trap+0x[0-9a-f]* .*: cli'; then
	echo "ok 5 - the audit finds the inline cli of a CONFIG_PARAVIRT=n build"
else
	echo "not ok 5 - the audit does not see the CONFIG_PARAVIRT=n build's cli"
	rc=1
fi
if echo "$nopv" | grep -q 'cpu_detect+0x[0-9a-f]* .*: cpuid'; then
	echo "ok 6 - the audit finds the inline cpuid of a CONFIG_PARAVIRT=n build"
else
	echo "not ok 6 - the audit does not see the CONFIG_PARAVIRT=n build's cpuid"
	rc=1
fi
# Every hook the pv audit counted must be missing from the nopv build.
want=$(echo "$out" | sed -n 's/^ok 4 - the \([0-9]*\) .*/\1/p')
got=$(echo "$nopv" | grep -c ': no patch site calls ')
if [ -n "$want" ] && [ "$want" -gt 0 ] && [ "$got" -eq "$want" ]; then
	echo "ok 7 - the audit reports all $want hooks as reverted in the CONFIG_PARAVIRT=n build"
else
	echo "not ok 7 - the audit reports $got of ${want:-?} hooks as reverted in the CONFIG_PARAVIRT=n build"
	echo "$nopv" | grep -A40 '^not ok 4' | sed 's/^/# /'
	rc=1
fi
exit $rc
