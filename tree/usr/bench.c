/*
 * User-space micro-benchmarks, after virtbench
 *
 * kernel/bench.c starts this program after its own benchmarks when the
 * kernel was booted with "bench".  Each benchmark times many operations
 * between bench_start() and bench_stop(), with the TSC (under qemu
 * -icount shift=0: instructions executed), and prints "bench: <name>
 * <ops> <tsc>" for scripts/bench.pl.  A benchmark that cannot run here
 * says so on a "bench: skipped" line.  Exits 0 if every operation did
 * what it should.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <syscall.h>
#include <sysenter.h>
#include <stdio.h>
#include <process.h>
#include <x86.h>

#define PAGE		4096
#define COW_PAGES	64
#define PIPE_WARMUP	16	/* round trips before the timed ones */

static int failed;

static unsigned long long rdtsc(void)
{
	unsigned int lo, hi;

	__asm__ __volatile__("rdtsc" : "=a"(lo), "=d"(hi));
	return ((unsigned long long)hi << 32) | lo;
}

/* The TSC at bench_start(), then what bench_halt() measured. */
static unsigned long long tsc;

static void bench_start(void)
{
	/*
	 * A forked child's first store to this page is a copy-on-write
	 * fault: take it here, not inside the measurement.
	 */
	*(volatile unsigned long long *)&tsc = 0;
	tsc = rdtsc();
}

static void bench_halt(void)
{
	tsc = rdtsc() - tsc;
}

/* The user printf has no long long: every run stays below 2^32. */
static void bench_print(const char *name, unsigned long ops)
{
	printf("bench: %s %lu %lu\n", name, ops, (unsigned long)tsc);
}

static void bench_stop(const char *name, unsigned long ops)
{
	bench_halt();
	bench_print(name, ops);
}

static void check(int cond, const char *what)
{
	if (!cond) {
		printf("bench: FAILED: %s\n", what);
		failed = 1;
	}
}

/* One round trip = two context switches through two pipes. */
static void pipe_pingpong(unsigned long n)
{
	int a[2], b[2], pid, status;
	unsigned long i;
	char c = 'x';

	check(pipe(a) == 0 && pipe(b) == 0, "pipe");
	pid = fork();
	if (pid == 0) {
		for (i = 0; i < PIPE_WARMUP + n; i++)
			if (read(a[0], &c, 1) != 1 || write(b[1], &c, 1) != 1)
				exit(1);
		exit(0);
	}
	for (i = 0; i < PIPE_WARMUP; i++)	/* the child's first faults */
		if (write(a[1], &c, 1) != 1 || read(b[0], &c, 1) != 1)
			break;
	bench_start();
	for (i = 0; i < n; i++)
		if (write(a[1], &c, 1) != 1 || read(b[0], &c, 1) != 1)
			break;
	bench_stop("pipe_pingpong", n);
	check(i == n && wait_for(pid, &status) == pid && status == 0,
	      "pipe ping-pong");
	close(a[0]); close(a[1]); close(b[0]); close(b[1]);
}

static void null_syscalls(unsigned long n)
{
	unsigned long i;
	struct pv_sysinfo si;
	int me = getpid();

	bench_start();
	for (i = 0; i < n; i++)
		getpid();
	bench_stop("syscall_int80", n);
	if (sysinfo(&si) || !si.has_sysenter)
		return;
	bench_start();
	for (i = 0; i < n; i++)
		sysenter_call(__NR_getpid, 0, 0, 0);
	bench_stop("syscall_sysenter", n);
	check(sysenter_call(__NR_getpid, 0, 0, 0) == me, "sysenter getpid");
}

static void fork_exit_wait(unsigned long n)
{
	unsigned long i;
	int status;

	bench_start();
	for (i = 0; i < n; i++) {
		int pid = fork();

		if (pid == 0)
			exit(7);
		if (wait_for(pid, &status) != pid || WEXITSTATUS(status) != 7)
			break;
	}
	bench_stop("fork_exit_wait", n);
	check(i == n, "fork+exit+wait");
}

static void fork_exec_wait(unsigned long n)
{
	char *const argv[] = { "echo_exit", "5", NULL };
	unsigned long i;
	int status, out = dup(1);

	close(1);		/* echo_exit prints its argv: not here */
	bench_start();
	for (i = 0; i < n; i++) {
		int pid = fork();

		if (pid == 0) {
			exec("echo_exit", argv);
			exit(99);
		}
		if (wait_for(pid, &status) != pid || WEXITSTATUS(status) != 5)
			break;
	}
	bench_halt();		/* print once fd 1 is back */
	dup(out);
	close(out);
	bench_print("fork_exec_wait", n);
	check(i == n, "fork+exec+wait");
}

/* Writes one word to each of COW_PAGES shared pages, in a child. */
static void cow_faults(void)
{
	volatile char *p = mmap(COW_PAGES * PAGE, PROT_READ | PROT_WRITE);
	int i, pid, status;

	check(!SYS_IS_ERR(p), "mmap");
	for (i = 0; i < COW_PAGES; i++)
		p[i * PAGE] = 1;
	pid = fork();
	if (pid == 0) {
		bench_start();
		for (i = 0; i < COW_PAGES; i++)
			p[i * PAGE] = 2;
		bench_stop("cow_fault", COW_PAGES);
		exit(0);
	}
	check(wait_for(pid, &status) == pid && status == 0 && p[0] == 1,
	      "copy-on-write");
	munmap((void *)p, COW_PAGES * PAGE);
}

/* A PTE update: one page toggled read-only and back. */
static void mprotect_toggle(unsigned long n)
{
	char *p = mmap(PAGE, PROT_READ | PROT_WRITE);
	unsigned long i;

	check(!SYS_IS_ERR(p), "mmap");
	bench_start();
	for (i = 0; i < n; i++)
		if (mprotect(p, PAGE, PROT_READ) ||
		    mprotect(p, PAGE, PROT_READ | PROT_WRITE))
			break;
	bench_stop("pte_update", 2 * n);
	check(i == n, "mprotect");
	p[0] = 1;
}

/*
 * IN/OUT from user space with IOPL 3.  Only a kernel in ring 0 can
 * grant that: under lhype the kernel runs in ring 1 and the host keeps
 * IOPL from user space, so the first outb would kill the program.
 */
static void user_outb(unsigned long n)
{
	unsigned long i;
	struct pv_sysinfo si;

	if (sysinfo(&si) || si.kernel_rpl != 0) {
		printf("bench: skipped user_outb: the kernel runs in ring %u, so no iopl(3)\n",
		       si.kernel_rpl);
		return;
	}
	check(iopl(3) == 0, "iopl");
	bench_start();
	for (i = 0; i < n; i++)
		outb(0, 0x80);
	bench_stop("user_outb", n);
	iopl(0);
}

int main(void)
{
	pipe_pingpong(2000);
	null_syscalls(10000);
	fork_exit_wait(50);
	fork_exec_wait(20);
	cow_faults();
	mprotect_toggle(1000);
	user_outb(10000);
	return failed;
}
