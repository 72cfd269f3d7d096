/*
 * t_fork: copy-on-write fork
 *
 * Run by init --ktest.  Forks, and has parent and child write different
 * values to the same global, malloc (brk) word and stack variable; checks
 * the child's view of its parent, the exit status wait() reports, that
 * wait without children fails with ECHILD, and that repeated fork, exit
 * and wait give all memory back.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <ktest.h>
#include <stdlib.h>

#define BEFORE		0x11111111
#define PARENT		0x22222222
#define CHILD		0x33333333

static volatile unsigned int global = BEFORE;

/* The child: it must still see the pre-fork values, then only its own. */
static int child_side(volatile unsigned int *heap, volatile unsigned int *stk,
		      int parent_pid)
{
	CHECK_EQ(getppid(), parent_pid);
	sleep(20);			/* let the parent write first */
	CHECK(global == BEFORE, "child sees global %#x", global);
	CHECK(*heap == BEFORE, "child sees heap word %#x", *heap);
	CHECK(*stk == BEFORE, "child sees stack word %#x", *stk);
	global = CHILD;
	*heap = CHILD;
	*stk = CHILD;
	yield();
	CHECK(global == CHILD && *heap == CHILD && *stk == CHILD,
	      "child's own writes lost: %#x %#x %#x", global, *heap, *stk);
	return test_result() == EXIT_PASS ? 42 : EXIT_FAIL;
}

/*
 * Does a copy-on-write fork give parent and child separate copies of
 * data, heap and stack, and does wait() return the child's exit code?
 */
static void test_cow(void)
{
	volatile unsigned int stk = BEFORE;
	volatile unsigned int *heap = malloc(PAGE_SIZE);
	int parent = getpid(), pid, status = 0;

	if (!CHECK(heap != NULL, "malloc(PAGE_SIZE) failed"))
		return;
	*heap = BEFORE;
	pid = fork();
	if (pid == 0)
		exit(child_side(heap, &stk, parent));
	if (!CHECK(pid > 0, "fork returned %d", pid))
		return;
	CHECK(pid != parent, "child pid %d is the parent's", pid);
	global = PARENT;
	*heap = PARENT;
	stk = PARENT;
	CHECK_EQ(wait(&status), pid);
	check_exited(status, 42, "child");
	CHECK(global == PARENT && *heap == PARENT && stk == PARENT,
	      "parent sees %#x %#x %#x after the child wrote",
	      global, *heap, stk);
}

/* Does wait() with no children fail with ECHILD instead of blocking? */
static void test_no_children(void)
{
	int status;

	CHECK_EQ(wait(&status), -ECHILD);
}

static int touch_and_exit(void *arg)
{
	global = CHILD;			/* one copy-on-write fault */
	return 0;
}

/* Do fork, exit and wait give back every page they took? */
static void test_no_leak(void)
{
	struct pv_sysinfo before, after;
	int i;

	run_child(touch_and_exit, NULL);	/* warm up any caches */
	test_sysinfo(&before);
	for (i = 0; i < 8; i++)
		check_exited(run_child(touch_and_exit, NULL), 0, "child");
	test_sysinfo(&after);
	CHECK(after.nr_free_pages == before.nr_free_pages,
	      "free pages %u before 8 forks, %u after",
	      before.nr_free_pages, after.nr_free_pages);
}

int main(void)
{
	test_cow();
	test_no_children();
	test_no_leak();
	return test_result();
}
