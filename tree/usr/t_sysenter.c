/*
 * t_sysenter: system calls through sysenter/sysexit
 *
 * Run by init --ktest; skipped when sysinfo says the kernel has not set
 * up the SEP path.  Checks results against int $0x80, the register
 * contract in asm-i386/unistd.h (only ECX and EDX clobbered), user code
 * running with interrupts on after sysexit (EFLAGS.IF, read by pushfl
 * in user mode right after the return), a write
 * that goes through a pipe, and a long run of calls.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <ktest.h>
#include <string.h>
#include <sysenter.h>

#define LOOPS		1000
#define EFLAGS_IF	0x200

/* Does a sysenter call return what the int $0x80 call does? */
static void test_results(void)
{
	CHECK_EQ(sysenter_call(__NR_getpid, 0, 0, 0), getpid());
	CHECK_EQ(sysenter_call(__NR_getppid, 0, 0, 0), getppid());
	CHECK_EQ(sysenter_call(NR_syscalls, 0, 0, 0), -ENOSYS);
	CHECK_EQ(sysenter_call(__NR_close, 99, 0, 0), -EBADF);
}

/* Does the kernel return to ESI on the EBP stack, keeping EBX/ESI/EDI? */
static void test_registers(void)
{
	struct sysenter_regs r;

	memset(&r, 0, sizeof(r));
	sysenter_probe(&r);
	CHECK_EQ(r.eax, getpid());
	CHECK_EQ(r.ebx, SYSENTER_PROBE_EBX);
	CHECK_EQ(r.edi, SYSENTER_PROBE_EDI);
	CHECK_EQ(r.esi, r.esi_in);
	CHECK_EQ(r.ebp, r.esp_in);
	CHECK_EQ(r.esp, r.esp_in);
	CHECK(r.eflags & EFLAGS_IF,
	      "EFLAGS 0x%lx after sysexit: interrupts off in user mode",
	      r.eflags);
}

/* Does write() through sysenter carry its three arguments correctly? */
static void test_write(void)
{
	static const char msg[] = "through sysenter";
	char buf[32] = { 0 };
	int fds[2];

	if (!CHECK(pipe(fds) == 0, "pipe failed"))
		return;
	CHECK_EQ(sysenter_call(__NR_write, fds[1], (long)msg, sizeof(msg)),
		 sizeof(msg));
	CHECK_EQ(read(fds[0], buf, sizeof(buf)), sizeof(msg));
	CHECK(!strcmp(buf, msg), "read back \"%s\"", buf);
	close(fds[0]);
	close(fds[1]);
}

/* Do many sysenter calls in a row, with a yield among them, all work? */
static void test_loop(void)
{
	int pid = getpid(), i, bad = 0;

	for (i = 0; i < LOOPS; i++) {
		if (sysenter_call(__NR_getpid, 0, 0, 0) != pid)
			bad++;
		if (i % 100 == 0)
			sysenter_call(__NR_yield, 0, 0, 0);
	}
	CHECK(bad == 0, "%d of %d sysenter getpid calls were wrong", bad,
	      LOOPS);
}

int main(void)
{
	struct pv_sysinfo si;

	test_sysinfo(&si);
	if (!si.has_sysenter)
		return test_skip("sysenter not available (has_sysenter 0)");
	test_results();
	test_registers();
	test_write();
	test_loop();
	return test_result();
}
