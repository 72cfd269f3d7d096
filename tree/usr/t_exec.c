/*
 * t_exec: exec() from the embedded program table
 *
 * Run by init --ktest.  Execs the echo_exit helper with chosen arguments
 * in a child whose fd 1 is a pipe (via close + dup), then checks the line
 * the helper wrote and the exit code wait() reports; also checks that a
 * failed exec returns ENOENT and leaves the caller intact.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <ktest.h>
#include <stdio.h>
#include <string.h>

/* How the child of run_echo() exits if it cannot get to echo_exit. */
#define EXIT_NO_DUP	120
#define EXIT_NO_EXEC	121

static unsigned int canary = 0xcafe;

/* Make fd 1 a copy of fd; dup() takes the lowest free, maybe fd 0. */
static bool dup_to_stdout(int fd)
{
	int r;

	close(1);
	r = dup(fd);
	if (r == 0) {
		r = dup(fd);
		close(0);
	}
	return r == 1;
}

/* In a child: make fd 1 the pipe's write end, then exec echo_exit. */
static __noreturn void exec_echo(int fds[2], char *const argv[])
{
	close(fds[0]);
	if (!dup_to_stdout(fds[1]))
		exit(EXIT_NO_DUP);
	close(fds[1]);
	exec("echo_exit", argv);
	exit(EXIT_NO_EXEC);
}

/* Run echo_exit with argv; its output in out, its wait status returned. */
static int run_echo(char *const argv[], char *out, size_t size)
{
	int fds[2], pid, status = -1, n, got = 0;

	if (pipe(fds) < 0)
		return -1;
	pid = fork();
	if (pid == 0)
		exec_echo(fds, argv);
	close(fds[1]);
	while (got + 1 < (int)size &&
	       (n = read(fds[0], out + got, size - 1 - got)) > 0)
		got += n;
	out[got] = '\0';
	close(fds[0]);
	if (pid < 0 || wait_for(pid, &status) != pid)
		return -1;
	return status;
}

/*
 * Does exec pass argv through intact, keep open descriptors, and does
 * wait() return the exec'd program's exit code?
 */
static void test_argv_and_status(void)
{
	static const struct {
		char *argv[5];
		int code;
		const char *line;
	} cases[] = {
		{ { "echo_exit", "0", NULL }, 0, "argc=2 [echo_exit] [0]\n" },
		{ { "echo_exit", "42", "two words", "", NULL }, 42,
		  "argc=4 [echo_exit] [42] [two words] []\n" },
		{ { "echo_exit", "255", NULL }, 255,
		  "argc=2 [echo_exit] [255]\n" },
	};
	char out[128], what[32];
	unsigned int i;
	int status;

	for (i = 0; i < ARRAY_SIZE(cases); i++) {
		status = run_echo(cases[i].argv, out, sizeof(out));
		snprintf(what, sizeof(what), "echo_exit case %u", i);
		check_exited(status, cases[i].code, what);
		CHECK(!strcmp(out, cases[i].line), "case %u printed \"%s\"",
		      i, out);
	}
}

/* Does exec of a name not in the table fail with ENOENT and return? */
static void test_enoent(void)
{
	char *argv[] = { "no_such_program", NULL };

	CHECK_EQ(exec("no_such_program", argv), -ENOENT);
	CHECK_EQ(exec("", argv), -ENOENT);
	CHECK_EQ(canary, 0xcafe);
	canary++;
	CHECK_EQ(canary, 0xcaff);
}

int main(void)
{
	test_argv_and_status();
	test_enoent();
	return test_result();
}
