/*
 * t_pipe: pipes between processes
 *
 * Run by init --ktest.  A parent and child exchange messages through two
 * pipes, then a transfer larger than any pipe buffer checks that writers
 * block and wake; end of file, EPIPE and EBADF are checked last.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <ktest.h>
#include <string.h>

#define ROUNDS		100
#define BIG		(64 * 1024)

/* Child of test_ping_pong: answer each number n with n + 1. */
static int pong(int in, int out)
{
	unsigned int n;
	int i;

	for (i = 0; i < ROUNDS; i++) {
		if (read(in, &n, sizeof(n)) != sizeof(n))
			return 2;
		n++;
		if (write(out, &n, sizeof(n)) != sizeof(n))
			return 3;
	}
	return read(in, &n, sizeof(n)) == 0 ? 0 : 4;	/* then EOF */
}

/* Do two pipes carry messages both ways, in order, between processes? */
static void test_ping_pong(void)
{
	int down[2], up[2], pid, i, status = 0;
	unsigned int n;

	if (!CHECK(pipe(down) == 0 && pipe(up) == 0, "pipe failed"))
		return;
	pid = fork();
	if (pid == 0) {
		close(down[1]);
		close(up[0]);
		exit(pong(down[0], up[1]));
	}
	close(down[0]);
	close(up[1]);
	for (i = 0; i < ROUNDS; i++) {
		n = i * 7;
		if (!CHECK_EQ(write(down[1], &n, sizeof(n)), sizeof(n)) ||
		    !CHECK_EQ(read(up[0], &n, sizeof(n)), sizeof(n)) ||
		    !CHECK_EQ(n, i * 7 + 1))
			break;
	}
	close(down[1]);		/* the child's last read sees EOF */
	CHECK_EQ(wait_for(pid, &status), pid);
	check_exited(status, 0, "pong child");
	CHECK_EQ(read(up[0], &n, sizeof(n)), 0);	/* writer gone: EOF */
	close(up[0]);
}

/* Child of test_big: write BIG bytes of a pattern, in odd-sized pieces. */
static int big_writer(int out)
{
	static unsigned char buf[BIG];
	unsigned int i, done, n;
	int r;

	for (i = 0; i < BIG; i++)
		buf[i] = i * 13 + (i >> 8);
	for (done = 0; done < BIG; done += r) {
		n = BIG - done < 1000 ? BIG - done : 1000;
		r = write(out, buf + done, n);
		if (r <= 0)
			return 2;
	}
	return 0;
}

/* Does a transfer larger than the pipe buffer arrive whole and in order? */
static void test_big(void)
{
	static unsigned char buf[BIG];
	int fds[2], pid, status = 0, r;
	unsigned int i, got = 0;

	if (!CHECK(pipe(fds) == 0, "pipe failed"))
		return;
	pid = fork();
	if (pid == 0) {
		close(fds[0]);
		exit(big_writer(fds[1]));
	}
	close(fds[1]);
	while (got < BIG && (r = read(fds[0], buf + got, BIG - got)) > 0)
		got += r;
	CHECK_EQ(got, BIG);
	for (i = 0; i < got; i++)
		if (!CHECK(buf[i] == (unsigned char)(i * 13 + (i >> 8)),
			   "byte %u is %u", i, buf[i]))
			break;
	CHECK_EQ(read(fds[0], buf, 1), 0);
	close(fds[0]);
	CHECK_EQ(wait_for(pid, &status), pid);
	check_exited(status, 0, "writer child");
}

/* Do writes with no reader give EPIPE, and bad descriptors EBADF? */
static void test_errors(void)
{
	int fds[2];
	char c = 'x';

	if (!CHECK(pipe(fds) == 0, "pipe failed"))
		return;
	CHECK(fds[0] != fds[1], "both ends are fd %d", fds[0]);
	CHECK_EQ(close(fds[0]), 0);
	CHECK_EQ(write(fds[1], &c, 1), -EPIPE);
	CHECK_EQ(close(fds[1]), 0);
	CHECK_EQ(close(fds[1]), -EBADF);
	CHECK_EQ(read(99, &c, 1), -EBADF);
	CHECK_EQ(write(-1, &c, 1), -EBADF);
	CHECK_EQ(read(fds[0], &c, 1), -EBADF);
}

int main(void)
{
	test_ping_pong();
	test_big();
	test_errors();
	return test_result();
}
