/*
 * offsetof and NULL (see linux/types.h)
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _LINUX_STDDEF_H
#define _LINUX_STDDEF_H
#include <linux/types.h>
#endif
