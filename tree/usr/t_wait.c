/*
 * t_wait: collecting dead children
 *
 * Run by init --ktest.  Starts several children that exit at different
 * times with different codes and checks wait() returns each exactly once
 * with its own status; then checks that a child's orphaned child runs to
 * completion on its own (it is init's to collect) without blocking us.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <ktest.h>

#define NCHILD		5

/*
 * Does wait() return every child once, with the exit code that child
 * gave, whatever order they die in?
 */
static void test_many(void)
{
	int pids[NCHILD], seen[NCHILD] = { 0 };
	int i, j, pid, status;

	for (i = 0; i < NCHILD; i++) {
		pids[i] = fork();
		if (pids[i] == 0) {
			sleep((NCHILD - i) % 3 * 15);	/* mix the order */
			exit(10 + i);
		}
		CHECK(pids[i] > 0, "fork %d returned %d", i, pids[i]);
	}
	for (i = 0; i < NCHILD; i++) {
		status = 0;
		pid = wait(&status);
		for (j = 0; j < NCHILD && pids[j] != pid; j++)
			;
		if (!CHECK(j < NCHILD, "wait returned %d, not a child", pid))
			return;
		seen[j]++;
		check_exited(status, 10 + j, "child");
	}
	for (i = 0; i < NCHILD; i++)
		CHECK(seen[i] == 1, "child %d collected %d times", i, seen[i]);
	CHECK_EQ(wait(&status), -ECHILD);
}

/* The middle generation: start a grandchild holding out, then exit. */
static int orphan_parent(void *arg)
{
	int *fds = arg;

	if (fork() == 0) {
		sleep(50);		/* outlive our parent */
		write(fds[1], "o", 1);
		exit(0);		/* closes the last write end */
	}
	return 7;
}

/*
 * When a child exits before its own child, does the orphan keep running
 * to the end without making wait() in its grandparent hang?
 */
static void test_orphan(void)
{
	int fds[2], status;
	char c = 0;

	if (!CHECK(pipe(fds) == 0, "pipe failed"))
		return;
	status = run_child(orphan_parent, fds);
	close(fds[1]);
	check_exited(status, 7, "orphan's parent");
	CHECK_EQ(wait(&status), -ECHILD);	/* the orphan is not ours */
	CHECK_EQ(read(fds[0], &c, 1), 1);	/* it ran after its parent */
	CHECK_EQ(c, 'o');
	CHECK_EQ(read(fds[0], &c, 1), 0);	/* and exited */
	close(fds[0]);
}

int main(void)
{
	test_many();
	test_orphan();
	return test_result();
}
