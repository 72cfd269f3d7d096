/*
 * The kernel heap: kmalloc and kfree
 *
 * Power-of-two size classes from 16 to 2048 bytes, each a free list of
 * objects carved from whole pages; the class of an object is recorded in
 * its page's struct page, so kfree needs no header.  Larger requests get
 * whole pages from alloc_pages().  kmem_init() runs after setup_arch().
 * Interrupts are disabled around the free lists.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/string.h>
#include <asm/irqflags.h>

#define MIN_SHIFT	4			/* 16 bytes */
#define MAX_SHIFT	11			/* 2048 bytes */
#define NR_CLASSES	(MAX_SHIFT - MIN_SHIFT + 1)

struct free_obj {
	struct free_obj *next;
};

static struct free_obj *free_lists[NR_CLASSES];
unsigned long kmalloc_pages;

static int size_class(size_t size)
{
	int c = 0;

	while ((1UL << (c + MIN_SHIFT)) < size)
		c++;
	return c;
}

static bool refill(int c)
{
	size_t sz = 1UL << (c + MIN_SHIFT), off;
	char *page = alloc_pages(0);

	if (!page)
		return false;
	virt_to_page(page)->flags = PG_slab | c;
	kmalloc_pages++;
	for (off = 0; off + sz <= PAGE_SIZE; off += sz) {
		struct free_obj *o = (struct free_obj *)(page + off);

		o->next = free_lists[c];
		free_lists[c] = o;
	}
	return true;
}

static unsigned int order_for(size_t size)
{
	unsigned int order = 0;

	while ((PAGE_SIZE << order) < size)
		order++;
	return order;
}

void *kmalloc(size_t size)
{
	struct free_obj *o;
	unsigned long flags;
	int c;

	if (!size)
		return NULL;
	if (size > (1UL << MAX_SHIFT)) {
		unsigned int order = order_for(size);
		void *p = order < 10 ? alloc_pages(order) : NULL;

		if (p)
			virt_to_page(p)->flags = PG_large | order;
		return p;
	}
	c = size_class(size);
	local_irq_save(flags);
	if (!free_lists[c] && !refill(c)) {
		local_irq_restore(flags);
		return NULL;
	}
	o = free_lists[c];
	free_lists[c] = o->next;
	local_irq_restore(flags);
	return o;
}

void *kzalloc(size_t size)
{
	void *p = kmalloc(size);

	if (p)
		memset(p, 0, size);
	return p;
}

void kfree(const void *p)
{
	struct page *pg;
	struct free_obj *o = (struct free_obj *)p;
	unsigned long flags;

	if (!p)
		return;
	pg = virt_to_page(p);
	if (pg->flags & PG_large) {
		free_pages((void *)p, pg->flags & 0xff);
		return;
	}
	BUG_ON(!(pg->flags & PG_slab));
	local_irq_save(flags);
	o->next = free_lists[pg->flags & 0xff];
	free_lists[pg->flags & 0xff] = o;
	local_irq_restore(flags);
}

void __init kmem_init(void)
{
	int c;

	for (c = 0; c < NR_CLASSES; c++)
		free_lists[c] = NULL;
}
