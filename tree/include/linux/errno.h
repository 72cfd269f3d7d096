/*
 * Kernel error numbers: the user ABI's, see asm-i386/errno.h
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _LINUX_ERRNO_H
#define _LINUX_ERRNO_H
#include <asm/errno.h>
#endif
