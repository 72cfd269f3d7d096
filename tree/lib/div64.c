/*
 * 64-bit division helpers the compiler calls (__udivdi3 and friends)
 *
 * gcc turns a 64-bit / or % on i386 into calls to these.  libgcc has
 * them, but compiled for the default calling convention, while gcc calls
 * them with -mregparm=3 like any other function; so the kernel carries
 * its own, built with the kernel's flags.  Shift-and-subtract: slow, and
 * only used off hot paths (printk, time conversions).
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/types.h>

u64 __udivmoddi4(u64 n, u64 d, u64 *rem);
u64 __udivdi3(u64 n, u64 d);
u64 __umoddi3(u64 n, u64 d);
s64 __divdi3(s64 n, s64 d);
s64 __moddi3(s64 n, s64 d);

u64 __udivmoddi4(u64 n, u64 d, u64 *rem)
{
	u64 q = 0, r = 0;
	int i;

	if (!d) {
		__asm__ __volatile__("ud2");	/* as a hardware #DE would */
		return 0;
	}
	for (i = 63; i >= 0; i--) {
		r = (r << 1) | ((n >> i) & 1);
		if (r >= d) {
			r -= d;
			q |= 1ULL << i;
		}
	}
	if (rem)
		*rem = r;
	return q;
}

u64 __udivdi3(u64 n, u64 d)
{
	return __udivmoddi4(n, d, NULL);
}

u64 __umoddi3(u64 n, u64 d)
{
	u64 r = 0;

	__udivmoddi4(n, d, &r);
	return r;
}

s64 __divdi3(s64 n, s64 d)
{
	u64 q = __udivdi3(n < 0 ? -(u64)n : (u64)n, d < 0 ? -(u64)d : (u64)d);

	return (n < 0) != (d < 0) ? -(s64)q : (s64)q;
}

s64 __moddi3(s64 n, s64 d)
{
	u64 r = __umoddi3(n < 0 ? -(u64)n : (u64)n, d < 0 ? -(u64)d : (u64)d);

	return n < 0 ? -(s64)r : (s64)r;
}
