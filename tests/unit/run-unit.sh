#!/bin/sh
# Host unit test launcher: runs one binary built by tests/unit/Makefile
#
# Called as `run-unit.sh <name>` by tests/unit/<name>.t, which prove runs
# after `make unit` or `make check` has built build/unit/<name>.  Execs
# the binary, whose TAP goes straight to prove.  A missing binary is a
# failing test, never a skip, so a broken build cannot pass unnoticed.
# UNIT_BIN=dir runs the binaries of another build (make -C tests/unit B=dir).
# SPDX-License-Identifier: GPL-2.0
bin=${UNIT_BIN:-$(dirname "$0")/../../build/unit}/$1
if [ ! -x "$bin" ]; then
	echo "1..1"
	echo "not ok 1 - $bin is not built (run make unit)"
	exit 1
fi
exec "$bin"
