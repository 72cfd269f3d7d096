#!/bin/sh
# Paravirt patcher (arch/i386/paravirt/patch.c) host unit test
#
# Checks the byte-level patching helpers on hand-assembled sites:
# templates that fit and that do not, prefix padding, sites not shaped as
# their op's, jumps and thunk sites, NOP padding and debug poisoning,
# operand decoding, and the default policy for no-op, C, jumped-to and
# unknown ops.  patchsite.t patches real sites of every shape.
# prove runs this after `make unit` or `make check` has built
# build/unit/patch from tests/unit/patch_test.c; run-unit.sh execs it.
# SPDX-License-Identifier: GPL-2.0
exec sh "$(dirname "$0")/run-unit.sh" patch
