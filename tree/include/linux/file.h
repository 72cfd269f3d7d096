/*
 * Open files: the console and pipes behind a process's descriptors
 *
 * There is no file system.  A descriptor refers to a struct file that is
 * the console (read polls the serial port, write prints) or one end of a
 * pipe (kernel/pipe.c).  fork shares the files, exit closes them.
 * kernel/file.c holds the descriptor calls (read, write, close, dup).
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _LINUX_FILE_H
#define _LINUX_FILE_H

#include <linux/types.h>

struct task_struct;
struct pipe;

enum file_type { FILE_CONSOLE, FILE_PIPE_READ, FILE_PIPE_WRITE };

struct file {
	enum file_type type;
	int count;			/* descriptors referring to it */
	struct pipe *pipe;
};

void files_init_console(struct task_struct *t);	/* fds 0, 1, 2 */
void files_copy(struct task_struct *dst, struct task_struct *src);
void files_close_all(struct task_struct *t);
int fd_install(struct file *f);		/* lowest free fd, or -EMFILE */
void fput(struct file *f);

/* kernel/pipe.c */
int pipe_create(struct file **rd, struct file **wr);
ssize_t pipe_read(struct pipe *p, void *ubuf, size_t n);
ssize_t pipe_write(struct pipe *p, const void *ubuf, size_t n);
void pipe_release(struct file *f);

/* kernel/printk.c: raw console output, no log level parsing. */
void console_write(const char *s, size_t n);

#endif /* _LINUX_FILE_H */
