/*
 * File descriptors and the console file
 *
 * Each task has NR_OPEN descriptors pointing at shared, counted struct
 * files.  sys_read/sys_write dispatch on the file's type: the console
 * (user output goes straight to the console drivers; input polls the
 * serial port, sleeping a tick between polls) or a pipe (kernel/pipe.c).
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/errno.h>
#include <linux/file.h>
#include <linux/console.h>
#include <linux/syscalls.h>
#include <asm/uaccess.h>

static struct file console_file = { FILE_CONSOLE, 1, NULL };

static struct file *fget(int fd)
{
	if (fd < 0 || fd >= NR_OPEN)
		return NULL;
	return current->files[fd];
}

static void fhold(struct file *f)
{
	f->count++;
}

void fput(struct file *f)
{
	if (--f->count > 0)
		return;
	if (f->type != FILE_CONSOLE)
		pipe_release(f);
}

void files_init_console(struct task_struct *t)
{
	int fd;

	for (fd = 0; fd < 3; fd++) {
		if (t->files[fd])
			fput(t->files[fd]);
		fhold(&console_file);
		t->files[fd] = &console_file;
	}
}

void files_copy(struct task_struct *dst, struct task_struct *src)
{
	int fd;

	for (fd = 0; fd < NR_OPEN; fd++)
		if ((dst->files[fd] = src->files[fd]))
			fhold(dst->files[fd]);
}

void files_close_all(struct task_struct *t)
{
	int fd;

	for (fd = 0; fd < NR_OPEN; fd++)
		if (t->files[fd]) {
			fput(t->files[fd]);
			t->files[fd] = NULL;
		}
}

int fd_install(struct file *f)
{
	int fd;

	for (fd = 0; fd < NR_OPEN; fd++)
		if (!current->files[fd]) {
			current->files[fd] = f;
			return fd;
		}
	return -EMFILE;
}

static ssize_t console_file_write(const char *ubuf, size_t n)
{
	char buf[128];
	size_t done = 0;

	while (done < n) {
		size_t k = min(n - done, sizeof(buf));

		if (copy_from_user(buf, ubuf + done, k))
			return done ? (ssize_t)done : -EFAULT;
		console_write(buf, k);
		done += k;
	}
	return done;
}

static ssize_t console_file_read(char *ubuf, size_t n)
{
	int c;

	if (!n)
		return 0;
	while ((c = console_getc()) < 0)
		sleep_ticks(1);
	if (c == '\r')
		c = '\n';
	return copy_to_user(ubuf, &(char){ c }, 1) ? -EFAULT : 1;
}

long sys_write(int fd, const void *ubuf, size_t n)
{
	struct file *f = fget(fd);

	if (!f || f->type == FILE_PIPE_READ)
		return -EBADF;
	if (!access_ok(ubuf, n))
		return -EFAULT;
	if (f->type == FILE_CONSOLE)
		return console_file_write(ubuf, n);
	return pipe_write(f->pipe, ubuf, n);
}

long sys_read(int fd, void *ubuf, size_t n)
{
	struct file *f = fget(fd);

	if (!f || f->type == FILE_PIPE_WRITE)
		return -EBADF;
	if (!access_ok(ubuf, n))
		return -EFAULT;
	if (f->type == FILE_CONSOLE)
		return console_file_read(ubuf, n);
	return pipe_read(f->pipe, ubuf, n);
}

long sys_close(int fd)
{
	struct file *f = fget(fd);

	if (!f)
		return -EBADF;
	current->files[fd] = NULL;
	fput(f);
	return 0;
}

long sys_dup(int fd)
{
	struct file *f = fget(fd);
	int nfd;

	if (!f)
		return -EBADF;
	nfd = fd_install(f);
	if (nfd >= 0)
		fhold(f);
	return nfd;
}

long sys_pipe(int *ufds)
{
	struct file *rd, *wr;
	int fds[2], err = pipe_create(&rd, &wr);

	if (err)
		return err;
	fds[0] = fd_install(rd);
	fds[1] = fds[0] < 0 ? -EMFILE : fd_install(wr);
	if (fds[1] < 0 || copy_to_user(ufds, fds, sizeof(fds))) {
		err = fds[1] < 0 ? -EMFILE : -EFAULT;
		if (fds[0] >= 0)
			current->files[fds[0]] = NULL;
		if (fds[1] >= 0)
			current->files[fds[1]] = NULL;
		fput(rd);
		fput(wr);
		return err;
	}
	return 0;
}
