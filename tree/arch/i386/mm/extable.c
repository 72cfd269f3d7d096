/*
 * The exception table: faults the kernel expects
 *
 * Instructions that may fault on purpose (user memory access, MSR
 * probes, segment reloads in entry.S) record {instruction, fixup} in
 * __ex_table.  fixup_exception() (traps.c) asks here and resumes at the
 * fixup instead of oopsing.  The table is small; a linear search will do.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <asm/uaccess.h>

extern const struct exception_table_entry __start___ex_table[];
extern const struct exception_table_entry __stop___ex_table[];

unsigned long search_exception_table(unsigned long eip)
{
	const struct exception_table_entry *e;

	for (e = __start___ex_table; e < __stop___ex_table; e++)
		if (e->insn == eip)
			return e->fixup;
	return 0;
}
