/*
 * Zero-page loader (zpload): boot the kernel by the Linux 32-bit protocol
 *
 * Test harness, not kernel code.  tests/boot/zeropage.t boots this in
 * QEMU as a Multiboot image with the kernel ELF (build/vmlinux) as its
 * one module.  head.S calls zpload_main(), which checks the ELF, copies
 * its PT_LOAD segments to their physical addresses, builds a "zero page"
 * (struct boot_params) with an e820 map that describes LESS memory than
 * QEMU has, and the command line, then calls zpload_enter() (head.S).
 * Everything is reported on COM1 as "zpload: ..." lines; a bad kernel
 * gives one "zpload: error: ..." line and isa-debug-exit status 2.
 *
 * With --entry=MAGIC as the first word of the command line (not passed
 * on), zpload starts the kernel as a hypervisor's loader does (lguest's
 * Launcher): at the byte after the string MAGIC in the image, which
 * must occur exactly once, with paging on, the kernel's RAM mapped at
 * PAGE_OFFSET (4 MiB pages, no identity map of it), the kernel's own
 * GDT selectors and ESI = the zero page: a paravirt backend's boot
 * entry (asm/paravirt_entry.h), tested on bare hardware
 * (tests/boot/pventry.t).  Its page directory lies in a page the e820
 * map reserves, as it stays in use until the kernel loads its own.
 */
/* SPDX-License-Identifier: GPL-2.0 */

typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned long long u64;

#define MB_BOOTLOADER_MAGIC	0x2BADB002
#define MB_INFO_CMDLINE		(1 << 2)
#define MB_INFO_MODS		(1 << 3)

/* Multiboot v1 information, up to the module fields. */
struct mb_info {
	u32 flags, mem_lower, mem_upper, boot_device, cmdline;
	u32 mods_count, mods_addr;
};

struct mb_module {
	u32 mod_start, mod_end, string, reserved;
};

/* ELF32 file header and program header: only what we check. */
struct elf32_ehdr {
	u8 e_ident[16];
	u16 e_type, e_machine;
	u32 e_version, e_entry, e_phoff, e_shoff, e_flags;
	u16 e_ehsize, e_phentsize, e_phnum, e_shentsize, e_shnum, e_shstrndx;
};

struct elf32_phdr {
	u32 p_type, p_offset, p_vaddr, p_paddr, p_filesz, p_memsz, p_flags, p_align;
};

#define ELFCLASS32	1
#define ELFDATA2LSB	1
#define EM_386		3
#define PT_LOAD		1

/*
 * The zero page (struct boot_params of Linux 2.6.20,
 * include/asm-i386/setup.h and Documentation/i386/boot.txt):
 * byte offsets of the fields we fill in.
 */
#define ZP_EXT_MEM_K		0x002	/* u16: KiB above 1 MiB (int 15h/88h) */
#define ZP_ALT_MEM_K		0x1e0	/* u32: KiB above 1 MiB (int 15h/e801h) */
#define ZP_E820_ENTRIES		0x1e8	/* u8 */
#define ZP_BOOT_FLAG		0x1fe	/* u16: 0xAA55 */
#define ZP_HEADER		0x202	/* u32: "HdrS" */
#define ZP_VERSION		0x206	/* u16: boot protocol version */
#define ZP_TYPE_OF_LOADER	0x210	/* u8: 0xff = no assigned id */
#define ZP_LOADFLAGS		0x211	/* u8: bit 0 LOADED_HIGH */
#define ZP_CODE32_START		0x214	/* u32 */
#define ZP_CMD_LINE_PTR		0x228	/* u32 */
#define ZP_CMDLINE_SIZE		0x238	/* u32 (protocol 2.06) */
#define ZP_E820_MAP		0x2d0	/* 20-byte entries */
#define ZP_SIZE			4096

#define ZERO_PAGE		0x90000		/* traditional, below the EBDA */
#define CMDLINE			(ZERO_PAGE + ZP_SIZE)
#define CMDLINE_MAX		2048

#define E820_RAM		1
#define E820_RESERVED		2

struct e820entry {
	u64 addr, size;
	u32 type;
};

/*
 * The memory map we pass: 64 MiB at 1 MiB, where QEMU has 128 MiB, so the
 * test can tell the kernel sized memory from the zero page.
 */
#define RAM_TOP			(0x100000 + (64 << 20))
static const struct e820entry zp_map[] = {
	{ 0x00000000, 0x0009fc00, E820_RAM },
	{ 0x0009fc00, 0x00060400, E820_RESERVED },	/* EBDA, VGA, BIOS */
	{ 0x00100000, 64 << 20, E820_RAM },
};

/* --entry: the page directory below the zero page, reserved. */
#define PGDIR			(ZERO_PAGE - 0x1000)
static const struct e820entry entry_map[] = {
	{ 0x00000000, PGDIR, E820_RAM },
	{ PGDIR, 0x1000, E820_RESERVED },		/* our page directory */
	{ ZERO_PAGE, 0x0009fc00 - ZERO_PAGE, E820_RAM },
	{ 0x0009fc00, 0x00060400, E820_RESERVED },	/* EBDA, VGA, BIOS */
	{ 0x00100000, 64 << 20, E820_RAM },
};
#define ARRAY_LEN(a)		(sizeof(a) / sizeof((a)[0]))
#define MAGIC_MAX		32

extern char __zpload_start[], __zpload_end[];
void zpload_main(u32 magic, struct mb_info *mbi);
void zpload_enter(u32 entry, u32 zero_page) __attribute__((noreturn));
void zpload_enter_paged(u32 entry, u32 zero_page, u32 pgdir)
	__attribute__((noreturn));

/* --- COM1 and isa-debug-exit ------------------------------------------- */

#define COM1		0x3f8
#define DEBUG_EXIT	0xf4

static inline void outb(u8 v, u16 port)
{
	__asm__ volatile("outb %0, %1" : : "a"(v), "Nd"(port));
}

static inline u8 inb(u16 port)
{
	u8 v;

	__asm__ volatile("inb %1, %0" : "=a"(v) : "Nd"(port));
	return v;
}

static void serial_init(void)
{
	outb(0x80, COM1 + 3);		/* DLAB on */
	outb(1, COM1 + 0);		/* 115200 baud */
	outb(0, COM1 + 1);
	outb(0x03, COM1 + 3);		/* 8N1, DLAB off */
	outb(0, COM1 + 1);		/* no interrupts */
}

static void putc(char c)
{
	if (c == '\n')
		putc('\r');
	while (!(inb(COM1 + 5) & 0x20))	/* transmit holding register empty */
		;
	outb(c, COM1);
}

static void puts(const char *s)
{
	while (*s)
		putc(*s++);
}

static void puthex(u64 v, int digits)
{
	while (digits--)
		putc("0123456789abcdef"[(v >> (4 * digits)) & 15]);
}

/* One "zpload: error: ..." line, then status 2 through isa-debug-exit. */
static void __attribute__((noreturn)) die(const char *what, u32 val)
{
	puts("zpload: error: ");
	puts(what);
	if (val) {
		puts(" (0x");
		puthex(val, 8);
		putc(')');
	}
	putc('\n');
	outb(2, DEBUG_EXIT);
	for (;;)
		__asm__ volatile("cli; hlt");
}

/* --- memory ------------------------------------------------------------ */

/* GCC may emit calls to these even when freestanding. */
void *memcpy(void *dst, const void *src, u32 n);
void *memset(void *dst, int c, u32 n);

void *memcpy(void *dst, const void *src, u32 n)
{
	u8 *d = dst;
	const u8 *s = src;

	while (n--)
		*d++ = *s++;
	return dst;
}

void *memset(void *dst, int c, u32 n)
{
	u8 *d = dst;

	while (n--)
		*d++ = c;
	return dst;
}

static int overlaps(u32 a, u32 alen, u32 b, u32 blen)
{
	return a < b + blen && b < a + alen;
}

/* --- the kernel ELF ------------------------------------------------------ */

static const struct mb_module *the_module(const struct mb_info *mbi)
{
	if (!(mbi->flags & MB_INFO_MODS) || mbi->mods_count == 0)
		die("no kernel: pass build/vmlinux as the Multiboot module (-initrd)", 0);
	if (mbi->mods_count > 1)
		die("more than one module; expected only the kernel", mbi->mods_count);
	return (const struct mb_module *)mbi->mods_addr;
}

static const struct elf32_ehdr *check_ehdr(const struct mb_module *m)
{
	const struct elf32_ehdr *eh = (const void *)m->mod_start;
	u32 size = m->mod_end - m->mod_start;

	if (size < sizeof(*eh) || eh->e_ident[0] != 0x7f || eh->e_ident[1] != 'E' ||
	    eh->e_ident[2] != 'L' || eh->e_ident[3] != 'F')
		die("kernel is not an ELF file (bad magic)", 0);
	if (eh->e_ident[4] != ELFCLASS32)
		die("kernel is not a 32-bit ELF file (ELFCLASS)", eh->e_ident[4]);
	if (eh->e_ident[5] != ELFDATA2LSB)
		die("kernel ELF is not little-endian", eh->e_ident[5]);
	if (eh->e_machine != EM_386)
		die("kernel ELF is not for i386 (e_machine)", eh->e_machine);
	if (eh->e_phentsize != sizeof(struct elf32_phdr) || eh->e_phnum == 0 ||
	    eh->e_phoff > size || eh->e_phnum * sizeof(struct elf32_phdr) > size - eh->e_phoff)
		die("kernel ELF program header table is missing or truncated", eh->e_phoff);
	return eh;
}

/* A PT_LOAD must come from inside the file and land in free RAM. */
static void check_load(const struct mb_module *m, const struct elf32_phdr *ph)
{
	u32 size = m->mod_end - m->mod_start;
	u32 zp_len = CMDLINE + CMDLINE_MAX - ZERO_PAGE;

	if (ph->p_filesz > ph->p_memsz)
		die("PT_LOAD has p_filesz > p_memsz", ph->p_paddr);
	if (ph->p_offset > size || ph->p_filesz > size - ph->p_offset)
		die("PT_LOAD lies outside the kernel file", ph->p_offset);
	if (ph->p_paddr < 0x100000 || ph->p_memsz > RAM_TOP - ph->p_paddr)
		die("PT_LOAD is outside the RAM we describe (1 MiB to 65 MiB)", ph->p_paddr);
	if (overlaps(ph->p_paddr, ph->p_memsz, (u32)__zpload_start,
		     __zpload_end - __zpload_start))
		die("PT_LOAD overlaps zpload itself (16 MiB)", ph->p_paddr);
	if (overlaps(ph->p_paddr, ph->p_memsz, m->mod_start, size))
		die("PT_LOAD overlaps the kernel file QEMU loaded", ph->p_paddr);
	if (overlaps(ph->p_paddr, ph->p_memsz, ZERO_PAGE, zp_len))
		die("PT_LOAD overlaps the zero page", ph->p_paddr);
}

/* Copy every PT_LOAD to p_paddr and clear its bss; return the entry. */
static u32 load_kernel(const struct mb_module *m)
{
	const struct elf32_ehdr *eh = check_ehdr(m);
	const struct elf32_phdr *ph = (const void *)(m->mod_start + eh->e_phoff);
	int i, entry_ok = 0, loads = 0;

	for (i = 0; i < eh->e_phnum; i++, ph++) {
		if (ph->p_type != PT_LOAD || ph->p_memsz == 0)
			continue;
		check_load(m, ph);
		puts("zpload: PT_LOAD 0x");
		puthex(ph->p_paddr, 8);
		puts(" filesz 0x");
		puthex(ph->p_filesz, 8);
		puts(" memsz 0x");
		puthex(ph->p_memsz, 8);
		putc('\n');
		memcpy((void *)ph->p_paddr, (const void *)(m->mod_start + ph->p_offset), ph->p_filesz);
		memset((void *)(ph->p_paddr + ph->p_filesz), 0, ph->p_memsz - ph->p_filesz);
		entry_ok |= eh->e_entry - ph->p_paddr < ph->p_memsz;
		loads++;
	}
	if (!loads)
		die("kernel ELF has no PT_LOAD segment", 0);
	if (!entry_ok)
		die("kernel entry point is not inside a PT_LOAD segment", eh->e_entry);
	return eh->e_entry;
}

/* --- the zero page ------------------------------------------------------- */

#define ZP(type, off)	(*(type *)(ZERO_PAGE + (off)))

/*
 * Our own Multiboot command line is "<zpload path> <kernel command line>"
 * (QEMU, like GRUB, puts the image path first): pass on what follows it.
 */
static const char *skip_word(const char *s)
{
	while (*s && *s != ' ')
		s++;
	while (*s == ' ')
		s++;
	return s;
}

/*
 * What follows our path, less a first word "--entry=MAGIC", which goes
 * to magic ("" without it).
 */
static const char *our_options(const struct mb_info *mbi, char *magic)
{
	const char *s = (mbi->flags & MB_INFO_CMDLINE) ? (const char *)mbi->cmdline : "";
	const char *opt = "--entry=";
	u32 i, n = 0;

	s = skip_word(s);
	magic[0] = 0;
	for (i = 0; opt[i] && s[i] == opt[i]; i++)
		;
	if (opt[i])
		return s;
	for (s += i; *s && *s != ' '; s++) {
		if (n == MAGIC_MAX)
			die("--entry= string longer than 32 bytes", 0);
		magic[n++] = *s;
	}
	magic[n] = 0;
	if (!n)
		die("--entry= needs a string", 0);
	return skip_word(s);
}

static void set_cmdline(const char *s)
{
	char *d = (char *)CMDLINE;
	u32 n = 0;

	for (; *s; s++) {
		if (n == CMDLINE_MAX - 1)
			die("command line longer than 2047 bytes", 0);
		d[n++] = *s;
	}
	d[n] = 0;
	ZP(u32, ZP_CMD_LINE_PTR) = CMDLINE;
	ZP(u32, ZP_CMDLINE_SIZE) = CMDLINE_MAX - 1;
	puts("zpload: command line \"");
	puts(d);
	puts("\"\n");
}

static void set_e820(const struct e820entry *map, u32 len)
{
	struct e820entry *e = (struct e820entry *)(ZERO_PAGE + ZP_E820_MAP);
	u32 i;

	for (i = 0; i < len; i++) {
		e[i] = map[i];
		puts("zpload: e820 ");
		puthex(map[i].addr, 16);
		puts(" - ");
		puthex(map[i].addr + map[i].size, 16);
		puts(map[i].type == E820_RAM ? " (usable)\n" : " (reserved)\n");
	}
	ZP(u8, ZP_E820_ENTRIES) = len;
	/* The older memory-size fields agree with the map: 64 MiB above 1 MiB. */
	ZP(u32, ZP_ALT_MEM_K) = (RAM_TOP - 0x100000) >> 10;
	ZP(u16, ZP_EXT_MEM_K) = 0xfc00;		/* int 15h/88h saturates here */
}

static void build_zero_page(const char *cmdline, u32 entry, int paged)
{
	memset((void *)ZERO_PAGE, 0, ZP_SIZE);
	ZP(u16, ZP_BOOT_FLAG) = 0xAA55;
	ZP(u32, ZP_HEADER) = 0x53726448;	/* "HdrS" */
	ZP(u16, ZP_VERSION) = 0x0206;
	ZP(u8, ZP_TYPE_OF_LOADER) = 0xff;
	ZP(u8, ZP_LOADFLAGS) = 0x01;		/* LOADED_HIGH: kernel at 1 MiB */
	ZP(u32, ZP_CODE32_START) = entry;
	if (paged)
		set_e820(entry_map, ARRAY_LEN(entry_map));
	else
		set_e820(zp_map, ARRAY_LEN(zp_map));
	set_cmdline(cmdline);
}

/* --- --entry: the backend's boot entry ----------------------------------- */
/*
 * The virtual address of the byte after the one match of magic in the
 * file: its physical address, from the PT_LOAD that holds it, plus that
 * segment's p_vaddr - p_paddr (PAGE_OFFSET).
 */
static u32 find_entry(const struct mb_module *m, const char *magic,
		      u32 *page_offset)
{
	const struct elf32_ehdr *eh = (const void *)m->mod_start;
	const struct elf32_phdr *ph;
	const u8 *f = (const u8 *)m->mod_start;
	u32 size = m->mod_end - m->mod_start, len = 0, off, at = 0, hits = 0;
	int i;

	while (magic[len])
		len++;
	for (off = 0; off + len <= size; off++) {
		u32 k;

		for (k = 0; k < len && f[off + k] == (u8)magic[k]; k++)
			;
		if (k == len && !hits++)
			at = off + len;
	}
	if (hits != 1)
		die(hits ? "the --entry string occurs more than once in the kernel"
			 : "the --entry string is not in the kernel", hits);
	ph = (const void *)(m->mod_start + eh->e_phoff);
	for (i = 0; i < eh->e_phnum; i++, ph++)
		if (ph->p_type == PT_LOAD && at >= ph->p_offset &&
		    at < ph->p_offset + ph->p_filesz) {
			*page_offset = ph->p_vaddr - ph->p_paddr;
			return ph->p_paddr + (at - ph->p_offset) + *page_offset;
		}
	die("the --entry string is in no PT_LOAD segment", at);
}

/*
 * RAM (up to RAM_TOP) at page_offset in 4 MiB pages, and zpload's own
 * 4 MiB identity-mapped so it survives turning paging on.
 */
static void build_page_directory(u32 page_offset)
{
	u32 *pd = (u32 *)PGDIR, i;

	memset(pd, 0, 4096);
	for (i = 0; i << 22 < RAM_TOP; i++)
		pd[(page_offset >> 22) + i] = i << 22 | 0x83;	/* P, RW, PS */
	pd[(u32)__zpload_start >> 22] = ((u32)__zpload_start & ~0x3fffff) | 0x83;
}

void zpload_main(u32 magic, struct mb_info *mbi)
{
	const struct mb_module *m;
	const char *cmdline;
	char entry_magic[MAGIC_MAX + 1];
	u32 entry, page_offset = 0;

	serial_init();
	if (magic != MB_BOOTLOADER_MAGIC)
		die("not started by a Multiboot loader (EAX)", magic);
	m = the_module(mbi);
	cmdline = our_options(mbi, entry_magic);
	puts("zpload: kernel file at 0x");
	puthex(m->mod_start, 8);
	puts("-0x");
	puthex(m->mod_end, 8);
	putc('\n');
	entry = load_kernel(m);
	build_zero_page(cmdline, entry, entry_magic[0] != 0);
	if (entry_magic[0]) {
		entry = find_entry(m, entry_magic, &page_offset);
		build_page_directory(page_offset);
		puts("zpload: zero page at 0x");
		puthex(ZERO_PAGE, 8);
		puts(", entering the kernel after \"");
		puts(entry_magic);
		puts("\" at 0x");
		puthex(entry, 8);
		puts(", paging on\n");
		zpload_enter_paged(entry, ZERO_PAGE, PGDIR);
	}
	puts("zpload: zero page at 0x");
	puthex(ZERO_PAGE, 8);
	puts(", entering the kernel at 0x");
	puthex(entry, 8);
	putc('\n');
	zpload_enter(entry, ZERO_PAGE);
}
