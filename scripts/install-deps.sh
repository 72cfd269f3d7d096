#!/bin/sh
# Install the Debian packages that build, boot and test pv386
#
# Run by `make deps` and by .ci/run before `make check`.  Asks dpkg which
# of the packages below are missing and does nothing if none are; else
# runs apt-get update and apt-get install as root (directly, or through
# sudo when that works without a password), and otherwise prints the
# exact command to run and exits 1.  Debian 12 (bookworm) package names.
# SPDX-License-Identifier: GPL-2.0
set -e

# build: make gcc gcc-multilib binutils (kernel, tests/unit, tests/zpload)
# sanitizers: lib32asan8 lib32ubsan1 (-m32 ASan and UBSan: tests/unit,
#   tests/fuzz; gcc-multilib pulls them in, named here to be sure)
# patches: quilt patch
# boot and test: qemu-system-x86 (qemu-system-i386), coreutils (timeout),
#   perl (prove, tests/lib), grub-pc-bin grub-common xorriso mtools
#   (scripts/mkiso.sh), bochs bochsbios vgabios (tests/boot/bochs.t)
# debug: gdb (make gdb)
pkgs="make gcc gcc-multilib binutils lib32asan8 lib32ubsan1 quilt patch coreutils perl
      qemu-system-x86 grub-pc-bin grub-common xorriso mtools
      bochs bochsbios vgabios gdb"

missing=
for p in $pkgs; do
	if ! dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
		missing="$missing $p"
	fi
done
if [ -z "$missing" ]; then
	echo "install-deps: all packages present"
	exit 0
fi
# bochs needs one of its display packages; bochs-term is the smallest.
# The tests never use it (they give Bochs its RFB display).
case " $missing " in *" bochs "*) missing="$missing bochs-term" ;; esac
echo "install-deps: missing:$missing"

if [ "$(id -u)" -eq 0 ]; then
	sudo=
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
	sudo=sudo
else
	echo "install-deps: not root; run as root:" >&2
	echo "  apt-get update && apt-get install -y --no-install-recommends$missing" >&2
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update
# shellcheck disable=SC2086 # word splitting of the package list is wanted
$sudo apt-get install -y --no-install-recommends $missing
