#!/bin/sh
# String and memory functions (lib/string.c) host unit test
#
# Checks memset to strlcpy: results, return values, untouched bytes.
# prove runs this after `make unit` or `make check` has built
# build/unit/string from tests/unit/string_test.c; run-unit.sh execs it.
# SPDX-License-Identifier: GPL-2.0
exec sh "$(dirname "$0")/run-unit.sh" string
