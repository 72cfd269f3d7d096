/*
 * Native paravirt backend: CPU ops that need more than an instruction
 *
 * Most native ops are the tree's own native_* inline helpers, which
 * native.c points the tables at (the compiler emits them out of line
 * there).  The few whose op signature differs from the helper live here.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <asm/desc.h>
#include "native.h"

void native_load_tr_desc(void)
{
	native_load_tr(__TSS_SEL);
}
