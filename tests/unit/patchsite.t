#!/bin/sh
# Paravirt patcher host unit test over real sites, every shape
#
# Patches each call site that tests/unit/patch_sites.c builds with the
# kernel's wrappers and entry.S macros (register calls with 0 to 4
# arguments and results, operand sites from registers, constants and
# memory, save_fl into EAX, another register and memory, thunk sites,
# load_tls, entry.S call and jump sites) with a direct call to an
# arbitrary address and with templates of 5 and 10 bytes, and checks the
# bytes: the whole site, or only its call, or nothing replaced, as the
# site's contract allows.  prove runs this after `make unit` or `make
# check` has built build/unit/patchsite; run-unit.sh execs it.
# SPDX-License-Identifier: GPL-2.0
exec sh "$(dirname "$0")/run-unit.sh" patchsite
