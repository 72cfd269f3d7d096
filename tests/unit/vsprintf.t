#!/bin/sh
# Formatted output (lib/vsprintf.c) host unit test
#
# Checks vsnprintf, snprintf and simple_strtoul against the host C library.
# prove runs this after `make unit` or `make check` has built
# build/unit/vsprintf from tests/unit/vsprintf_test.c; run-unit.sh execs it.
# SPDX-License-Identifier: GPL-2.0
exec sh "$(dirname "$0")/run-unit.sh" vsprintf
