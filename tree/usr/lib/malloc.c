/*
 * Heap for user programs: sbrk, malloc and free over brk
 *
 * sbrk() asks the kernel (sys_brk in mm/) for a new break and checks it
 * got exactly that, which copes both with a kernel that returns the old
 * break on failure (as Linux) and with one that returns -ENOMEM.
 * malloc() takes the first freed block that is big enough, else grows
 * the heap; blocks are never split or merged.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <stdlib.h>
#include <syscall.h>

struct block {
	size_t size;			/* usable bytes after the header */
	struct block *next;		/* in free_list, when free */
};

static struct block *free_list;

void *sbrk(long incr)
{
	char *old = brk(NULL), *want = old + incr;

	if (SYS_IS_ERR(old))
		return NULL;
	if (incr && brk(want) != want)
		return NULL;
	return old;
}

/* A new block of n bytes at the top of the heap, 8-byte aligned. */
static struct block *grow(size_t n)
{
	char *cur = sbrk(0);
	size_t pad;

	if (!cur)
		return NULL;
	pad = -(uintptr_t)cur & 7;
	if (!sbrk(pad + sizeof(struct block) + n))
		return NULL;
	return (struct block *)(cur + pad);
}

void *malloc(size_t n)
{
	struct block **pp, *b;

	n = (n + 7) & ~7u;
	for (pp = &free_list; (b = *pp); pp = &b->next) {
		if (b->size >= n) {
			*pp = b->next;
			return b + 1;
		}
	}
	b = grow(n);
	if (!b)
		return NULL;
	b->size = n;
	return b + 1;
}

void free(void *p)
{
	struct block *b = (struct block *)p - 1;

	if (!p)
		return;
	b->next = free_list;
	free_list = b;
}
