#!/bin/sh
# Instruction decoder (hv/core/decode.c) host unit test
#
# Checks decode_insn() against gas (lengths, names), hand-encoded
# operands and the encodings a CPU refuses.
# prove runs this after `make unit` or `make check` has built
# build/unit/hv_decode from tests/unit/hv_decode_test.c; run-unit.sh
# execs it.
# SPDX-License-Identifier: GPL-2.0
exec sh "$(dirname "$0")/run-unit.sh" hv_decode
