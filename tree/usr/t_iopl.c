/*
 * t_iopl: I/O privilege level (iopl)
 *
 * Run by init --ktest.  At IOPL 3 a user process may use port I/O (the
 * POST port 0x80 and the CMOS clock at 0x70/0x71) and cli/sti; iopl
 * rejects levels above 3; back at IOPL 0, port I/O kills the process.
 * Skipped when the kernel runs in ring 1 (under lhype): only ring 0
 * can raise a process's IOPL.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <ktest.h>
#include <x86.h>

#define CMOS_INDEX	0x70
#define CMOS_DATA	0x71
#define CMOS_SECONDS	0x00
#define CMOS_STATUS_B	0x0b
#define CMOS_B_BINARY	0x04

static unsigned int iopl_now(void)
{
	return (read_eflags() & X86_EFLAGS_IOPL) >> X86_EFLAGS_IOPL_SHIFT;
}

static unsigned char cmos_read(unsigned char reg)
{
	outb(reg, CMOS_INDEX);
	return inb(CMOS_DATA);
}

/* At IOPL 3, do port I/O instructions work from user mode? */
static void test_ports(void)
{
	unsigned char b, s;

	outb(0x42, 0x80);		/* POST code port: harmless */
	(void)inb(0x80);
	b = cmos_read(CMOS_STATUS_B);
	s = cmos_read(CMOS_SECONDS);
	if (!(b & CMOS_B_BINARY))
		s = (s >> 4) * 10 + (s & 0xf);	/* BCD */
	CHECK(s < 60, "CMOS seconds read as %u (status B %#x)", s, b);
}

static int cli_sti(void *arg)
{
	bool was_on = read_eflags() & X86_EFLAGS_IF, off;

	cli();
	off = !(read_eflags() & X86_EFLAGS_IF);
	sti();
	if (!was_on || !off || !(read_eflags() & X86_EFLAGS_IF))
		return 2;
	return 0;
}

static int port_io(void *arg)
{
	outb(0x42, 0x80);
	return 0;
}

/* Does iopl(3) let user code in, iopl(4) fail, and iopl(0) shut it out? */
static void test_iopl(void)
{
	CHECK_EQ(iopl_now(), 0);
	if (!CHECK_EQ(iopl(3), 0))
		return;
	CHECK_EQ(iopl_now(), 3);
	test_ports();
	check_exited(run_child(cli_sti, NULL), 0, "cli; sti at IOPL 3");
	CHECK_EQ(iopl(4), -EINVAL);
	CHECK_EQ(iopl(-1), -EINVAL);
	CHECK_EQ(iopl_now(), 3);
	CHECK_EQ(iopl(0), 0);
	CHECK_EQ(iopl_now(), 0);
	check_killed(run_child(port_io, NULL), SIGSEGV, "outb at IOPL 0");
}

int main(void)
{
	struct pv_sysinfo si;

	test_sysinfo(&si);
	if (si.kernel_rpl)
		return test_skip("the kernel runs in ring %u: its iret cannot raise IOPL, and no port reaches a device",
				 si.kernel_rpl);
	test_iopl();
	return test_result();
}
