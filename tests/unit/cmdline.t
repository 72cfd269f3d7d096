#!/bin/sh
# Command-line parsing (lib/cmdline.c) host unit test
#
# Checks next_arg, parse_ulong, parse_size and list_contains.
# prove runs this after `make unit` or `make check` has built
# build/unit/cmdline from tests/unit/cmdline_test.c; run-unit.sh execs it.
# SPDX-License-Identifier: GPL-2.0
exec sh "$(dirname "$0")/run-unit.sh" cmdline
