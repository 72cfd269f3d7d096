/*
 * Thread-local storage (TLS) descriptors: set_thread_area
 *
 * Each task owns GDT_ENTRY_TLS_ENTRIES descriptors (thread.tls_array),
 * which switch_to() copies into GDT slots 6-8 on every context switch.
 * sys_set_thread_area() writes one at run time and installs it at once,
 * so the caller's next segment load uses it.  Descriptors are always
 * DPL 3 data or non-conforming code segments.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/syscalls.h>
#include <linux/errno.h>
#include <asm/desc.h>
#include <asm/uaccess.h>
#include <asm/irqflags.h>
#include <asm/unistd.h>
#include <asm/page.h>

/* Encodes a user_desc as a DPL 3 descriptor; 0 for "empty". */
static int encode(const struct user_desc *u, struct desc_struct *d)
{
	u8 access;

	if (!u->base_addr && !u->limit && u->read_exec_only &&
	    u->seg_not_present) {
		d->a = d->b = 0;
		return 0;
	}
	/*
	 * Any base and limit will do: the descriptor has DPL 3 and kernel
	 * pages are supervisor-only, so paging keeps user code out.
	 */
	if (u->limit > 0xfffff || (u->contents == 3 && !u->seg_not_present))
		return -EINVAL;
	access = DESC_DPL(3) | 0x10;			/* S: code/data */
	access |= u->seg_not_present ? 0 : 0x80;	/* P */
	access |= u->contents << 2;			/* expand-down/code */
	access |= u->read_exec_only ? 0 : 0x02;		/* W or R */
	*d = make_desc(u->base_addr, u->limit, access | 0x01,	/* A */
		       (u->limit_in_pages ? 0x8 : 0) | (u->seg_32bit ? 0x4 : 0) |
		       (u->useable ? 0x1 : 0));
	return 0;
}

long sys_set_thread_area(void *udesc)
{
	struct user_desc u;
	struct desc_struct d;
	unsigned long flags;
	int idx, err;

	if (copy_from_user(&u, udesc, sizeof(u)))
		return -EFAULT;
	idx = u.entry_number;
	if (idx == -1) {
		for (idx = 0; idx < GDT_ENTRY_TLS_ENTRIES; idx++)
			if (!current->thread.tls_array[idx])
				break;
		if (idx == GDT_ENTRY_TLS_ENTRIES)
			return -ESRCH;
		idx += GDT_ENTRY_TLS_MIN;
		u.entry_number = idx;
		if (copy_to_user(udesc, &u, sizeof(u)))
			return -EFAULT;
	}
	if (idx < GDT_ENTRY_TLS_MIN || idx > GDT_ENTRY_TLS_MAX)
		return -EINVAL;
	err = encode(&u, &d);
	if (err)
		return err;
	local_irq_save(flags);
	current->thread.tls_array[idx - GDT_ENTRY_TLS_MIN] =
		((u64)d.b << 32) | d.a;
	load_TLS(&current->thread, 0);
	local_irq_restore(flags);
	return 0;
}
