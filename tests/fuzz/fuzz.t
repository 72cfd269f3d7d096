#!/bin/sh
# Host-side fuzzing of the hypervisors' parsers: every target, 10^5 inputs
#
# prove runs this in make check after tests/fuzz/Makefile has built
# build/fuzz/<name> for each tests/fuzz/fuzz_<name>.c; make fuzz runs it
# with FUZZ_N=1000000.  One TAP point per target: its program must end
# with status 0 and its line of counts, which goes to stderr too so that
# make check shows it.  An invariant or sanitizer failure fails the
# point with the program's report (the input, and how to rerun it).
# A missing program fails, never skips.  FUZZ_SEED=n picks another seed.
# SPDX-License-Identifier: GPL-2.0
dir=$(dirname "$0")
bin=${FUZZ_BIN:-$dir/../../build/fuzz}
n=${FUZZ_N:-100000}
seed=${FUZZ_SEED:-1}
targets=$(for f in "$dir"/fuzz_*.c; do basename "$f" .c; done | sed 's/^fuzz_//')

echo "1..$(echo $targets | wc -w)"
i=0
fail=0
for t in $targets; do
	i=$((i + 1))
	if [ ! -x "$bin/$t" ]; then
		echo "not ok $i - $t: $bin/$t is not built (make check builds it)"
		fail=1
		continue
	fi
	out=$("$bin/$t" -n "$n" -s "$seed" 2>&1)
	st=$?
	line=$(printf '%s\n' "$out" | grep "^fuzz $t: $n inputs " | tail -n 1)
	if [ "$st" -eq 0 ] && [ -n "$line" ]; then
		echo "ok $i - $line"
		echo "tests/fuzz: $line" >&2
	else
		echo "not ok $i - $t: exit status $st on $n inputs (seed $seed)"
		printf '%s\n' "$out" | tail -n 40 | sed 's/^/# /' >&2
		fail=1
	fi
done
exit $fail
