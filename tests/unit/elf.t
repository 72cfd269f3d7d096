#!/bin/sh
# ELF32 executable validation (kernel/elf.c) host unit test
#
# Checks elf_check() on a valid image, one broken field at a time, every
# truncation and random mutations.
# prove runs this after `make unit` or `make check` has built
# build/unit/elf from tests/unit/elf_test.c; run-unit.sh execs it.
# SPDX-License-Identifier: GPL-2.0
exec sh "$(dirname "$0")/run-unit.sh" elf
