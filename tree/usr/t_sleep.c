/*
 * t_sleep: sleep() and the timer
 *
 * Run by init --ktest.  Measures sleep(100) against uptime(): it must
 * last at least 100 ms and, on at least one of a few tries, less than
 * 100 ms + SLACK_TICKS timer ticks.  Then checks that a sleeping child
 * leaves the CPU to its parent.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <ktest.h>

#define SLEEP_MS	100
#define SLACK_TICKS	5
#define TRIES		3

/* Does sleep(100) last at least 100 ms, and not much more? */
static void test_duration(unsigned int hz)
{
	unsigned int slack = SLACK_TICKS * 1000 / hz, t0, d, best = ~0u;
	int i;

	for (i = 0; i < TRIES && best >= SLEEP_MS + slack; i++) {
		t0 = uptime();
		CHECK_EQ(sleep(SLEEP_MS), 0);
		d = uptime() - t0;
		CHECK(d >= SLEEP_MS, "sleep(%d) took only %u ms", SLEEP_MS, d);
		if (d < best)
			best = d;
	}
	CHECK(best < SLEEP_MS + slack, "sleep(%d) took %u ms at best, "
	      "limit %u", SLEEP_MS, best, SLEEP_MS + slack);
}

/* Does the clock advance at all while we busy-loop? */
static bool test_uptime_moves(void)
{
	unsigned int t0 = uptime(), n = 0;

	while (uptime() == t0 && n < 2000000)
		n++;
	return CHECK(uptime() != t0, "uptime stuck at %u ms", t0);
}

static int sleeper(void *arg)
{
	sleep(3 * SLEEP_MS);
	return 0;
}

/*
 * While a child sleeps, does its parent get the CPU?  The parent must
 * finish 100 ms of work long before the child's 300 ms sleep ends.
 */
static void test_parent_runs(void)
{
	unsigned int t0 = uptime(), t1;
	int pid = fork(), status = 0;

	if (pid == 0)
		exit(sleeper(NULL));
	if (!CHECK(pid > 0, "fork returned %d", pid))
		return;
	while (uptime() - t0 < SLEEP_MS)
		;
	t1 = uptime() - t0;
	CHECK_EQ(wait_for(pid, &status), pid);
	check_exited(status, 0, "sleeping child");
	CHECK(t1 < 3 * SLEEP_MS, "parent's 100 ms loop ended at %u ms", t1);
	CHECK(uptime() - t0 >= 3 * SLEEP_MS, "child slept only %u ms",
	      uptime() - t0);
}

int main(void)
{
	struct pv_sysinfo si;

	test_sysinfo(&si);
	if (!CHECK(si.hz >= 10 && si.hz <= 10000, "sysinfo.hz is %u", si.hz))
		return test_result();
	if (!test_uptime_moves())
		return test_result();	/* the rest would spin forever */
	test_duration(si.hz);
	test_parent_runs();
	return test_result();
}
