/*
 * vmihost: the VMI ROM image the host puts at 0xC0000
 *
 * build/vmi.rom (hv/vmi/rom/), built first and carried in the host's
 * read-only data; boot.c copies it into guest memory where a PC's
 * option ROMs are, and the guest backend's scan finds it there.
 * SPDX-License-Identifier: GPL-2.0
 */
	.section .rodata
	.balign	16
	.globl	vmihost_rom, vmihost_rom_end
vmihost_rom:
	.incbin	ROM_IMAGE
vmihost_rom_end:
