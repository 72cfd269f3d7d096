#!/bin/sh
# SHA-256 (hv/core/sha256.c) host unit test
#
# FIPS 180-4 examples, and lengths 0-200 against sha256sum.
# prove runs this after `make unit` or `make check` has built
# build/unit/hv_sha256 from tests/unit/hv_sha256_test.c; run-unit.sh
# execs it.
# SPDX-License-Identifier: GPL-2.0
exec sh "$(dirname "$0")/run-unit.sh" hv_sha256
