/*
 * t_fpu: x87 floating-point state across context switches
 *
 * Run by init --ktest.  Parent and child each fill all eight x87
 * registers and set a control word of their own, then yield many times
 * while the other does the same; each checks nothing of the other's state
 * leaked in.  Both also check some arithmetic.  This exercises the
 * kernel's FPU save/restore (and lazy switching with CR0.TS, if any).
 * SPDX-License-Identifier: GPL-2.0
 */
#include <ktest.h>

#define ROUNDS		200
#define FPU_CW_NEAREST	0x037f	/* default: masked, nearest */
#define FPU_CW_CHOP	0x0f7f	/* the same, rounding toward zero */

static void fpu_set_cw(unsigned short cw)
{
	asm volatile("fldcw %0" : : "m" (cw));
}

static unsigned short fpu_get_cw(void)
{
	unsigned short cw;

	asm volatile("fnstcw %0" : "=m" (cw));
	return cw;
}

/*
 * Push in[0..7] on the x87 stack, then yield ROUNDS times with a busy
 * loop after each, then pop them into out[7..0].  One asm statement, so
 * the compiler cannot touch the FPU in between.
 */
static void fpu_hold(const double in[8], double out[8])
{
	int rounds = ROUNDS;

	asm volatile(
		"fldl 0(%[in]); fldl 8(%[in]); fldl 16(%[in])\n\t"
		"fldl 24(%[in]); fldl 32(%[in]); fldl 40(%[in])\n\t"
		"fldl 48(%[in]); fldl 56(%[in])\n"
		"1:\tmovl %[nr], %%eax\n\t"	/* EAX: yield's number */
		"int $0x80\n\t"
		"movl $2000, %%ecx\n"		/* ECX: busy-loop count */
		"2:\tloop 2b\n\t"
		"decl %[n]\n\t"
		"jnz 1b\n\t"
		"fstpl 56(%[out]); fstpl 48(%[out]); fstpl 40(%[out])\n\t"
		"fstpl 32(%[out]); fstpl 24(%[out]); fstpl 16(%[out])\n\t"
		"fstpl 8(%[out]); fstpl 0(%[out])"
		: [n] "+r" (rounds)
		: [in] "r" (in), [out] "r" (out), [nr] "i" (__NR_yield)
		: "eax", "ecx", "memory");
}

/* Do my x87 registers and control word survive other FPU users? */
static void check_registers(double scale, unsigned short cw)
{
	double in[8], out[8];
	int i;

	for (i = 0; i < 8; i++)
		in[i] = (i + 1) * scale + 0.0625;
	fpu_set_cw(cw);
	fpu_hold(in, out);
	CHECK(fpu_get_cw() == cw, "control word %#x, set %#x",
	      fpu_get_cw(), cw);
	fpu_set_cw(FPU_CW_NEAREST);
	for (i = 0; i < 8; i++)		/* report the first bad one */
		if (!CHECK(out[i] == in[i], "st(%d) is %d/1000, want %d/1000",
			   7 - i, (int)(out[i] * 1000), (int)(in[i] * 1000)))
			break;
}

static double harmonic(int n, bool yielding)
{
	volatile double sum = 0;
	int i;

	for (i = 1; i <= n; i++) {
		sum += 1.0 / i;
		if (yielding && i % 100 == 0)
			yield();
	}
	return sum;
}

/* Does arithmetic still give the same answers while others use the FPU? */
static void check_arithmetic(double reference)
{
	volatile double half = 0.5, zero = 0, x = 0;
	int i;

	for (i = 0; i < 1000; i++)
		x += i * half;
	CHECK(x == 249750.0, "sum of i/2 is %d", (int)x);
	CHECK(1.0 / zero > 1e308, "1/0 is not +inf");
	CHECK(harmonic(2000, true) == reference, "H(2000) changed: %d e-6",
	      (int)(harmonic(2000, true) * 1e6));
}

static int fpu_user(double scale, unsigned short cw, double reference)
{
	check_arithmetic(reference);
	check_registers(scale, cw);
	return test_result();
}

int main(void)
{
	double reference = harmonic(2000, false);
	int pid, status = 0;

	CHECK((int)(reference * 1000) == 8178, "H(2000) is %d e-3",
	      (int)(reference * 1000));
	pid = fork();
	if (pid == 0)
		exit(fpu_user(-7.5, FPU_CW_CHOP, reference));
	if (!CHECK(pid > 0, "fork returned %d", pid))
		return test_result();
	fpu_user(3.25, FPU_CW_NEAREST, reference);
	CHECK_EQ(wait_for(pid, &status), pid);
	check_exited(status, 0, "child");
	return test_result();
}
