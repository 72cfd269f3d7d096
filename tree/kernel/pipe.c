/*
 * Pipes: a bounded byte buffer between processes
 *
 * sys_pipe (kernel/file.c) creates one pipe and two files, a reader and
 * a writer.  A reader sleeps while the pipe is empty and some writer
 * exists, and gets 0 (end of file) once none does; a writer sleeps while
 * it is full, and gets -EPIPE if no reader is left.  Data moves through
 * a small kernel bounce buffer so no user page is touched with
 * interrupts off.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/errno.h>
#include <linux/file.h>
#include <asm/uaccess.h>
#include <asm/irqflags.h>

#define PIPE_SIZE	512
#define CHUNK		128

struct pipe {
	char buf[PIPE_SIZE];
	unsigned int head, tail;	/* bytes written and read, ever */
	int readers, writers;
	struct wait_queue wait;		/* both sides sleep here */
};

int pipe_create(struct file **rd, struct file **wr)
{
	struct pipe *p = kzalloc(sizeof(*p));

	*rd = kzalloc(sizeof(**rd));
	*wr = kzalloc(sizeof(**wr));
	if (!p || !*rd || !*wr) {
		kfree(p);
		kfree(*rd);
		kfree(*wr);
		return -ENOMEM;
	}
	init_waitqueue(&p->wait);
	p->readers = p->writers = 1;
	**rd = (struct file){ FILE_PIPE_READ, 1, p };
	**wr = (struct file){ FILE_PIPE_WRITE, 1, p };
	return 0;
}

void pipe_release(struct file *f)
{
	struct pipe *p = f->pipe;
	unsigned long flags;
	bool last;

	local_irq_save(flags);
	if (f->type == FILE_PIPE_READ)
		p->readers--;
	else
		p->writers--;
	last = !p->readers && !p->writers;
	wake_up(&p->wait);
	local_irq_restore(flags);
	kfree(f);
	if (last)
		kfree(p);
}

ssize_t pipe_read(struct pipe *p, void *ubuf, size_t n)
{
	char tmp[CHUNK];
	unsigned long flags;
	size_t k, i;

	local_irq_save(flags);
	while (p->head == p->tail && p->writers)
		sleep_on(&p->wait);
	k = min(min(n, (size_t)(p->head - p->tail)), sizeof(tmp));
	for (i = 0; i < k; i++)
		tmp[i] = p->buf[p->tail++ % PIPE_SIZE];
	wake_up(&p->wait);
	local_irq_restore(flags);
	if (k && copy_to_user(ubuf, tmp, k))
		return -EFAULT;
	return k;
}

ssize_t pipe_write(struct pipe *p, const void *ubuf, size_t n)
{
	char tmp[CHUNK];
	size_t done = 0;

	while (done < n) {
		size_t k = min(n - done, sizeof(tmp)), i;
		unsigned long flags;

		if (copy_from_user(tmp, (const char *)ubuf + done, k))
			return done ? (ssize_t)done : -EFAULT;
		local_irq_save(flags);
		for (i = 0; i < k; i++) {
			while (p->head - p->tail == PIPE_SIZE && p->readers)
				sleep_on(&p->wait);
			if (!p->readers)
				break;
			p->buf[p->head++ % PIPE_SIZE] = tmp[i];
		}
		wake_up(&p->wait);
		local_irq_restore(flags);
		done += i;
		if (i < k)
			return done ? (ssize_t)done : -EPIPE;
	}
	return done;
}
