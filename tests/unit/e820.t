#!/bin/sh
# The E820 memory map (arch/i386/kernel/e820.c) host unit test
#
# Checks e820_ram_ranges() on hand-written and random maps, e820_setup()
# and the walkers the page allocator uses.
# prove runs this after `make unit` or `make check` has built
# build/unit/e820 from tests/unit/e820_test.c; run-unit.sh execs it.
# SPDX-License-Identifier: GPL-2.0
exec sh "$(dirname "$0")/run-unit.sh" e820
