/*
 * t_syscall: the int $0x80 entry's argument checking
 *
 * Run by init --ktest.  Unknown call numbers must fail with ENOSYS, and
 * pointers into kernel space or unmapped memory with EFAULT, never
 * crashing the kernel or letting it read or write where the user cannot.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <ktest.h>

/* Do call numbers outside the table fail with ENOSYS? */
static void test_numbers(void)
{
	CHECK_EQ(syscall3(NR_syscalls, 0, 0, 0), -ENOSYS);
	CHECK_EQ(syscall3(1000, 0, 0, 0), -ENOSYS);
	CHECK_EQ(syscall3(-1, 0, 0, 0), -ENOSYS);
	CHECK_EQ(syscall3(0x80000000, 0, 0, 0), -ENOSYS);
	CHECK_EQ(syscall3(__NR_getpid, 0, 0, 0), getpid());
}

/*
 * Are user pointers checked: kernel addresses and unmapped pages give
 * EFAULT for reads (write, exec) and writes (read, pipe, sysinfo)?
 */
static void test_pointers(void)
{
	struct pv_sysinfo si;
	char *kernel, *unmapped = (char *)0x1000, *argv[] = { "x", NULL };
	int fds[2];

	test_sysinfo(&si);
	kernel = (char *)si.page_offset + 0x100000;
	if (!CHECK_EQ(pipe(fds), 0))
		return;
	CHECK_EQ(write(fds[1], kernel, 16), -EFAULT);
	CHECK_EQ(write(fds[1], unmapped, 16), -EFAULT);
	CHECK_EQ(write(fds[1], "ab", 2), 2);
	CHECK_EQ(read(fds[0], kernel, 2), -EFAULT);
	CHECK_EQ(pipe((int *)kernel), -EFAULT);
	CHECK_EQ(sysinfo((struct pv_sysinfo *)kernel), -EFAULT);
	CHECK_EQ(exec(kernel, argv), -EFAULT);
	close(fds[0]);
	close(fds[1]);
}

int main(void)
{
	test_numbers();
	test_pointers();
	return test_result();
}
