/*
 * Doubly linked circular lists
 *
 * Used by the scheduler's run queue, wait queues and the task list.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _LINUX_LIST_H
#define _LINUX_LIST_H

#include <linux/kernel.h>

struct list_head {
	struct list_head *next, *prev;
};

#define LIST_HEAD_INIT(n)	{ &(n), &(n) }
#define LIST_HEAD(n)		struct list_head n = LIST_HEAD_INIT(n)

static inline void INIT_LIST_HEAD(struct list_head *h)
{
	h->next = h->prev = h;
}

static inline void __list_add(struct list_head *n, struct list_head *prev,
			      struct list_head *next)
{
	next->prev = n;
	n->next = next;
	n->prev = prev;
	prev->next = n;
}

static inline void list_add(struct list_head *n, struct list_head *h)
{
	__list_add(n, h, h->next);
}

static inline void list_add_tail(struct list_head *n, struct list_head *h)
{
	__list_add(n, h->prev, h);
}

static inline void list_del_init(struct list_head *e)
{
	e->next->prev = e->prev;
	e->prev->next = e->next;
	INIT_LIST_HEAD(e);
}

static inline int list_empty(const struct list_head *h)
{
	return h->next == h;
}

#define list_entry(p, type, member)	container_of(p, type, member)
#define list_first_entry(h, type, member) list_entry((h)->next, type, member)
#define list_for_each_entry(p, h, member)				\
	for (p = list_entry((h)->next, __typeof__(*p), member);		\
	     &p->member != (h);						\
	     p = list_entry(p->member.next, __typeof__(*p), member))
#define list_for_each_entry_safe(p, n, h, member)			\
	for (p = list_entry((h)->next, __typeof__(*p), member),		\
	     n = list_entry(p->member.next, __typeof__(*p), member);	\
	     &p->member != (h);						\
	     p = n, n = list_entry(n->member.next, __typeof__(*n), member))

#endif /* _LINUX_LIST_H */
