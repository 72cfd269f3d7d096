/*
 * Virtual Machine Interface (VMI) API 3.0: the ROM's ABI, as Linux used it
 *
 * The one description of VMware's VMI option ROM shared by the ROM we
 * build (hv/vmi/rom/, assembled into build/vmi.rom) and the guest
 * backend (backends/vmi/) that finds it during setup_arch().  The ROM
 * header, its PCI and PnP headers, the call numbers, the relocation
 * records get_reloc returns and the flag words of the MMU, TLB, lazy
 * mode and alarm calls are all VMI API 3.0 exactly as Linux 2.6.21 to
 * 2.6.23 used it (include/asm-i386/vmi.h, vmi_time.h there; the
 * reference is /work/shared/reference/linux-paravirt-abi.md section 4),
 * so an unmodified CONFIG_VMI kernel can use our ROM.  Constants are
 * plain #defines, usable from the ROM's assembly; the structures are C
 * only, plain C types, every layout checked at the end.  The ROM's
 * private interface to our host is elsewhere (include/linux/vmi_host.h).
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _ASM_I386_VMI_H
#define _ASM_I386_VMI_H

/* --- finding the ROM (section 4.1) -------------------------------------- */

#define VMI_ROM_SCAN_START	0xC0000		/* physical, inclusive */
#define VMI_ROM_SCAN_END	0xE0000		/* physical, exclusive */
#define VMI_ROM_SCAN_STEP	2048
#define VMI_ROM_UNIT		512		/* rom_length counts these */

#define VMI_ROM_SIGNATURE	0xAA55		/* rom_signature: bytes 55 AA */
#define VMI_SIGNATURE		0x696d5663	/* vrom_signature: "cVmi" */
#define VMI_API_REV_MAJOR	3
#define VMI_API_REV_MINOR	0

#define VMI_PCI_VENDOR_VMWARE	0x15AD
#define VMI_PCI_DEVICE_VMI	0x0801

/* --- the ROM header (section 4.2): offsets, for the ROM's assembly ------ */

#define VROM_ROM_SIGNATURE	0
#define VROM_ROM_LENGTH		2
#define VROM_ROM_ENTRY		3	/* 16-bit BIOS init, 4 bytes */
#define VROM_VROM_SIGNATURE	8
#define VROM_API_MIN		12
#define VROM_API_MAJ		13
#define VROM_JUMP_SLOTS		14
#define VROM_VIRTUAL_TOP	16
#define VROM_LICENSE_OFFS	22
#define VROM_PCI_HEADER_OFFS	24
#define VROM_PNP_HEADER_OFFS	26
#define VROM_VMI_INIT		128	/* jump slot: VMI_Init */
#define VROM_GET_RELOC		136	/* jump slot: get_reloc */
#define VROM_HEADER_SIZE	144
#define VROM_SLOT_SIZE		8

/* --- call numbers (section 4.4) ----------------------------------------- */

#define VMI_CALL_CPUID			0
#define VMI_CALL_WRMSR			1
#define VMI_CALL_RDMSR			2
#define VMI_CALL_SetGDT			3
#define VMI_CALL_SetLDT			4
#define VMI_CALL_SetIDT			5
#define VMI_CALL_SetTR			6
#define VMI_CALL_GetGDT			7
#define VMI_CALL_GetLDT			8
#define VMI_CALL_GetIDT			9
#define VMI_CALL_GetTR			10
#define VMI_CALL_WriteGDTEntry		11
#define VMI_CALL_WriteLDTEntry		12
#define VMI_CALL_WriteIDTEntry		13
#define VMI_CALL_UpdateKernelStack	14
#define VMI_CALL_SetCR0			15
#define VMI_CALL_SetCR2			16
#define VMI_CALL_SetCR3			17
#define VMI_CALL_SetCR4			18
#define VMI_CALL_GetCR0			19
#define VMI_CALL_GetCR2			20
#define VMI_CALL_GetCR3			21
#define VMI_CALL_GetCR4			22
#define VMI_CALL_WBINVD			23
#define VMI_CALL_SetDR			24
#define VMI_CALL_GetDR			25
#define VMI_CALL_RDPMC			26
#define VMI_CALL_RDTSC			27
#define VMI_CALL_CLTS			28
#define VMI_CALL_EnableInterrupts	29
#define VMI_CALL_DisableInterrupts	30
#define VMI_CALL_GetInterruptMask	31
#define VMI_CALL_SetInterruptMask	32
#define VMI_CALL_IRET			33
#define VMI_CALL_SYSEXIT		34
#define VMI_CALL_Halt			35
#define VMI_CALL_Reboot			36
#define VMI_CALL_Shutdown		37
#define VMI_CALL_SetPxE			38
#define VMI_CALL_SetPxELong		39
#define VMI_CALL_UpdatePxE		40
#define VMI_CALL_UpdatePxELong		41
#define VMI_CALL_MachineToPhysical	42
#define VMI_CALL_PhysicalToMachine	43
#define VMI_CALL_AllocatePage		44
#define VMI_CALL_ReleasePage		45
#define VMI_CALL_InvalPage		46
#define VMI_CALL_FlushTLB		47
#define VMI_CALL_SetLinearMapping	48
/* 49 to 60 are not named by Linux. */
#define VMI_CALL_SetIOPLMask		61
#define VMI_CALL_SetInitialAPState	62
#define VMI_CALL_APICWrite		63
#define VMI_CALL_APICRead		64
#define VMI_CALL_IODelay		65
/* The time calls (vmi_time.h). */
#define VMI_CALL_GetCycleFrequency	66
#define VMI_CALL_GetCycleCounter	67
#define VMI_CALL_SetAlarm		68
#define VMI_CALL_CancelAlarm		69
#define VMI_CALL_GetWallclockTime	70
#define VMI_CALL_WallclockUpdated	71
/* 72 is not named by Linux. */
#define VMI_CALL_SetLazyMode		73
#define VMI_CALL_COUNT			74	/* numbers 0 .. 73 */

/* --- relocation records (section 4.3) ----------------------------------- */

#define VMI_RELOCATION_NONE	0	/* not provided: keep native code */
#define VMI_RELOCATION_CALL_REL	1	/* call eip */
#define VMI_RELOCATION_JUMP_REL	2	/* jump to eip (IRET, SYSEXIT) */
#define VMI_RELOCATION_NOP	3	/* the operation does nothing */

/* --- flag words (sections 4.4, 4.7) ------------------------------------- */

/* Page levels, SetPxE / UpdatePxE / AllocatePage / ReleasePage. */
#define VMI_PAGE_NORMAL		0x00
#define VMI_PAGE_PT		0x01
#define VMI_PAGE_PD		0x02
#define VMI_PAGE_PDP		0x04
#define VMI_PAGE_PML4		0x08
/* AllocatePage / ReleasePage only. */
#define VMI_PAGE_PAE		0x10
#define VMI_PAGE_CLONE		0x20
#define VMI_PAGE_ZEROED		0x40
/* PTE updates only: the VA rides in bits 31..12 with CURRENT_AS. */
#define VMI_PAGE_CURRENT_AS	0x10
#define VMI_PAGE_DEFER		0x20
#define VMI_PAGE_VA_MASK	0xfffff000
#define VMI_PAGE_L1		(VMI_PAGE_PT | VMI_PAGE_ZEROED)
#define VMI_PAGE_L2		(VMI_PAGE_PD | VMI_PAGE_ZEROED)

/* FlushTLB. */
#define VMI_FLUSH_TLB		0x01
#define VMI_FLUSH_GLOBAL	0x02

/* SetLazyMode: the numbers of PARAVIRT_LAZY_NONE, _MMU, _CPU. */
#define VMI_LAZY_NONE		0
#define VMI_LAZY_MMU		1
#define VMI_LAZY_CPU		2

/* Time: counters and alarm flags (vmi_time.h). */
#define VMI_CYCLES_REAL		0
#define VMI_CYCLES_AVAILABLE	1
#define VMI_CYCLES_STOLEN	2
#define VMI_ALARM_COUNTERS	2
#define VMI_ALARM_COUNTER_MASK	0x000000ff
#define VMI_ALARM_WIRED_IRQ0	0x00000000
#define VMI_ALARM_WIRED_LVTT	0x00010000
#define VMI_ALARM_IS_ONESHOT	0x00000000
#define VMI_ALARM_IS_PERIODIC	0x00000100

/* The interrupt mask of Get/SetInterruptMask: EFLAGS.IF. */
#define VMI_IRQ_MASK_ENABLED	0x200

#ifndef __ASSEMBLY__

/* The 144-byte header at the start of the ROM (section 4.2). */
struct vrom_header {
	unsigned short rom_signature;	/* VMI_ROM_SIGNATURE */
	unsigned char rom_length;	/* in VMI_ROM_UNIT bytes */
	unsigned char rom_entry[4];	/* 16-bit BIOS init */
	unsigned char rom_pad0;
	unsigned int vrom_signature;	/* VMI_SIGNATURE */
	unsigned char api_version_min;
	unsigned char api_version_maj;
	unsigned char jump_slots;	/* not checked by Linux */
	unsigned char reserved1;
	unsigned int virtual_top;	/* the guest keeps out above it */
	unsigned short reserved2;
	unsigned short license_offs;	/* NUL-terminated, from the start */
	unsigned short pci_header_offs;	/* required */
	unsigned short pnp_header_offs;	/* optional, 0: none */
	unsigned int rom_pad3;
	unsigned char reserved[96];
	unsigned char vmi_init[8];	/* jump slot */
	unsigned char get_reloc[8];	/* jump slot */
} __attribute__((packed));

/* The PCI option-ROM data structure ("PCIR"), as Linux reads it. */
struct pci_header {
	unsigned char signature[4];
	unsigned short vendorID;
	unsigned short deviceID;
	unsigned short vpdData;
	unsigned short size;
	unsigned char rev;
	unsigned char class;
	unsigned char subclass;
	unsigned char interface;
	unsigned short chunks;
	unsigned char rom_version_min;
	unsigned char rom_version_maj;
	unsigned char codetype;
	unsigned char lastRom;
	unsigned short reserved;
} __attribute__((packed));

/* The PnP expansion header ("$PnP"): optional. */
struct pnp_header {
	unsigned char signature[4];
	unsigned char rev;
	unsigned char size;
	unsigned short next;
	unsigned short res;
	unsigned int devID;
	unsigned short manufacturer_offset;
	unsigned short product_offset;
} __attribute__((packed));

/* get_reloc's answer, in EDX:EAX (section 4.3). */
struct vmi_relocation_info {
	unsigned int eip;		/* EAX: absolute virtual address */
	unsigned char type;		/* DL: VMI_RELOCATION_* */
	unsigned char reserved[3];
} __attribute__((packed));

#define VMI_ASSERT_LAYOUT(what, cond) \
	_Static_assert(cond, "VMI ABI layout: " what)
VMI_ASSERT_LAYOUT("vrom_header", sizeof(struct vrom_header) == 144);
VMI_ASSERT_LAYOUT("rom_length", __builtin_offsetof(struct vrom_header,
		  rom_length) == VROM_ROM_LENGTH);
VMI_ASSERT_LAYOUT("rom_entry", __builtin_offsetof(struct vrom_header,
		  rom_entry) == VROM_ROM_ENTRY);
VMI_ASSERT_LAYOUT("vrom_signature", __builtin_offsetof(struct vrom_header,
		  vrom_signature) == VROM_VROM_SIGNATURE);
VMI_ASSERT_LAYOUT("api_version_min", __builtin_offsetof(struct vrom_header,
		  api_version_min) == VROM_API_MIN);
VMI_ASSERT_LAYOUT("api_version_maj", __builtin_offsetof(struct vrom_header,
		  api_version_maj) == VROM_API_MAJ);
VMI_ASSERT_LAYOUT("jump_slots", __builtin_offsetof(struct vrom_header,
		  jump_slots) == VROM_JUMP_SLOTS);
VMI_ASSERT_LAYOUT("virtual_top", __builtin_offsetof(struct vrom_header,
		  virtual_top) == VROM_VIRTUAL_TOP);
VMI_ASSERT_LAYOUT("license_offs", __builtin_offsetof(struct vrom_header,
		  license_offs) == VROM_LICENSE_OFFS);
VMI_ASSERT_LAYOUT("pci_header_offs", __builtin_offsetof(struct vrom_header,
		  pci_header_offs) == VROM_PCI_HEADER_OFFS);
VMI_ASSERT_LAYOUT("pnp_header_offs", __builtin_offsetof(struct vrom_header,
		  pnp_header_offs) == VROM_PNP_HEADER_OFFS);
VMI_ASSERT_LAYOUT("rom_pad3", __builtin_offsetof(struct vrom_header,
		  rom_pad3) == 28);
VMI_ASSERT_LAYOUT("reserved", __builtin_offsetof(struct vrom_header,
		  reserved) == 32);
VMI_ASSERT_LAYOUT("vmi_init", __builtin_offsetof(struct vrom_header,
		  vmi_init) == VROM_VMI_INIT);
VMI_ASSERT_LAYOUT("get_reloc", __builtin_offsetof(struct vrom_header,
		  get_reloc) == VROM_GET_RELOC);
VMI_ASSERT_LAYOUT("pci_header", sizeof(struct pci_header) == 24);
VMI_ASSERT_LAYOUT("pci vendorID", __builtin_offsetof(struct pci_header,
		  vendorID) == 4);
VMI_ASSERT_LAYOUT("pci rom_version_min", __builtin_offsetof(
		  struct pci_header, rom_version_min) == 18);
VMI_ASSERT_LAYOUT("pci reserved", __builtin_offsetof(struct pci_header,
		  reserved) == 22);
VMI_ASSERT_LAYOUT("pnp_header", sizeof(struct pnp_header) == 18);
VMI_ASSERT_LAYOUT("pnp devID", __builtin_offsetof(struct pnp_header,
		  devID) == 10);
VMI_ASSERT_LAYOUT("pnp product_offset", __builtin_offsetof(
		  struct pnp_header, product_offset) == 16);
VMI_ASSERT_LAYOUT("vmi_relocation_info",
		  sizeof(struct vmi_relocation_info) == 8);
VMI_ASSERT_LAYOUT("relocation type", __builtin_offsetof(
		  struct vmi_relocation_info, type) == 4);

#endif /* !__ASSEMBLY__ */
#endif /* _ASM_I386_VMI_H */
