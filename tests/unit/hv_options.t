#!/bin/sh
# lhype's command lines (hv/lhype/options.c) host unit test
#
# Checks the host's options (mem=, verbose) and the module string
# split, each refusal with its reason.
# prove runs this after `make unit` or `make check` has built
# build/unit/hv_options from tests/unit/hv_options_test.c; run-unit.sh
# execs it.
# SPDX-License-Identifier: GPL-2.0
exec sh "$(dirname "$0")/run-unit.sh" hv_options
