# Shell access to Makefile.conf: sets QEMU, QEMU_MACHINE, QEMU_TIMEOUT...
#
# Sourced by shell tests (tests/build/export.t) from the top directory.
# Makefile.conf holds plain "NAME := value" lines; the environment
# overrides them, as in tests/lib/Boot.pm.
# SPDX-License-Identifier: GPL-2.0
while IFS= read -r line; do
	case "$line" in
	[A-Z]*:=*)
		name=${line%%:=*}
		name=$(echo "$name" | tr -d ' ')
		value=${line#*:= }
		eval "[ -n \"\${$name+x}\" ] || $name=\$value"
		;;
	esac
done < Makefile.conf
