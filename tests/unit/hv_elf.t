#!/bin/sh
# Guest image planner (hv/core/elf.c) host unit test
#
# Checks elf_plan() on a vmlinux-like image, each malformed image
# of issue 9 with its reason, every truncation, build/vmlinux.
# prove runs this after `make unit` or `make check` has built
# build/unit/hv_elf from tests/unit/hv_elf_test.c; run-unit.sh
# execs it.
# SPDX-License-Identifier: GPL-2.0
exec sh "$(dirname "$0")/run-unit.sh" hv_elf
