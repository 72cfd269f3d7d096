/*
 * Process helpers built on fork, exec and wait
 *
 * init.c spawns the demo program and each user test with spawn() and
 * wait_for(); the t_*.c tests run code that must fault in a child with
 * run_child() and name the outcome with wait_status_str().
 * SPDX-License-Identifier: GPL-2.0
 */
#include <process.h>
#include <stdio.h>
#include <syscall.h>

int wait_for(int pid, int *status)
{
	int r;

	do
		r = wait(status);
	while (r >= 0 && r != pid);
	return r;
}

int spawn(const char *name, char *const argv[])
{
	int pid = fork(), r;

	if (pid)
		return pid;
	r = exec(name, argv);
	printf("    # exec %s failed: %d\n", name, r);
	exit(EXIT_EXEC_FAILED);
}

int run_child(int (*fn)(void *), void *arg)
{
	int pid = fork(), status = 0, r;

	if (pid < 0)
		return pid;
	if (pid == 0)
		exit(fn(arg));
	r = wait_for(pid, &status);
	return r < 0 ? r : status;
}

const char *wait_status_str(int status, char *buf, size_t size)
{
	if (WIFEXITED(status))
		snprintf(buf, size, "exited %d", WEXITSTATUS(status));
	else
		snprintf(buf, size, "killed by signal %d", WTERMSIG(status));
	return buf;
}
