#!/bin/sh
# Paravirt patcher (arch/i386/paravirt/patch.c) host unit test
#
# Checks the byte-level patching helpers on site buffers: templates that
# fit and that do not, prefix padding, direct-call rel32 encoding and
# clobber rules, sites too short for a call, NOP padding and debug
# poisoning, and the default policy for no-op, jumped-to and unknown ops.
# prove runs this after `make unit` or `make check` has built
# build/unit/patch from tests/unit/patch_test.c; run-unit.sh execs it.
# SPDX-License-Identifier: GPL-2.0
exec sh "$(dirname "$0")/run-unit.sh" patch
