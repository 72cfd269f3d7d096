#!/bin/sh
# The VMI ROM scan and checks (backends/vmi/rom.c) host unit test
#
# Checks vmi_rom_find() and vmi_rom_check() on ROM images laid out by
# hand: found, skipped in silence, or refused with one line each.
# prove runs this after `make unit` or `make check` has built
# build/unit/vmi_rom from tests/unit/vmi_rom_test.c; run-unit.sh execs it.
# SPDX-License-Identifier: GPL-2.0
exec sh "$(dirname "$0")/run-unit.sh" vmi_rom
