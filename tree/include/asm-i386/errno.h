/*
 * Error numbers (errno) returned, negated, by system calls
 *
 * The values are Linux's, so test output reads familiarly.  Shared by the
 * kernel and usr/.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _ASM_I386_ERRNO_H
#define _ASM_I386_ERRNO_H

#define EPERM		1
#define ENOENT		2
#define ESRCH		3
#define EINTR		4
#define EIO		5
#define E2BIG		7
#define ENOEXEC		8
#define EBADF		9
#define ECHILD		10
#define EAGAIN		11
#define ENOMEM		12
#define EFAULT		14
#define EBUSY		16
#define EINVAL		22
#define EMFILE		24
#define EPIPE		32
#define ERANGE		34
#define ENOSYS		38

#endif /* _ASM_I386_ERRNO_H */
