/*
 * Self-tests: the page allocator and the kernel heap (suite "mm")
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/ktest.h>
#include <linux/mm.h>
#include <linux/string.h>

/* Are pages zeroed, distinct, counted, and given back on free? */
static void page_alloc_free(struct ktest *t)
{
	unsigned long before = nr_free_pages;
	unsigned char *a = alloc_pages(0), *b = alloc_pages(0);
	int i, nonzero = 0;

	KTEST_EXPECT(t, a && b && a != b);
	if (!a || !b)
		return;
	for (i = 0; i < (int)PAGE_SIZE; i++)
		nonzero |= a[i] | b[i];
	KTEST_EXPECT_EQ(t, nonzero, 0);
	KTEST_EXPECT_EQ(t, nr_free_pages, before - 2);
	KTEST_EXPECT_EQ(t, virt_to_page(a)->count, 1);
	memset(a, 0xaa, PAGE_SIZE);
	free_page(a);
	free_page(b);
	KTEST_EXPECT_EQ(t, nr_free_pages, before);
	/* A freed page comes back zeroed. */
	a = alloc_pages(0);
	KTEST_EXPECT(t, a && a[0] == 0 && a[PAGE_SIZE - 1] == 0);
	free_page(a);
}

/* Are multi-page allocations contiguous and aligned to their size? */
static void page_alloc_order(struct ktest *t)
{
	void *p = alloc_pages(2);

	KTEST_EXPECT(t, p != NULL);
	KTEST_EXPECT_EQ(t, __pa(p) & (4 * PAGE_SIZE - 1), 0);
	KTEST_EXPECT_EQ(t, virt_to_page((char *)p + 3 * PAGE_SIZE)->count, 1);
	free_pages(p, 2);
}

/* Does a page stay allocated until its last reference is dropped? */
static void page_refcount(struct ktest *t)
{
	unsigned long before = nr_free_pages;
	void *p = alloc_pages(0);
	struct page *pg = virt_to_page(p);

	get_page(pg);
	KTEST_EXPECT_EQ(t, pg->count, 2);
	put_page(pg);
	KTEST_EXPECT_EQ(t, nr_free_pages, before - 1);
	put_page(pg);
	KTEST_EXPECT_EQ(t, nr_free_pages, before);
}

/* Does kmalloc give usable, non-overlapping blocks of every size? */
static void kmalloc_sizes(struct ktest *t)
{
	static const size_t sizes[] = { 1, 16, 17, 100, 512, 2048, 2049, 9000 };
	void *p[ARRAY_SIZE(sizes)];
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(sizes); i++) {
		p[i] = kmalloc(sizes[i]);
		KTEST_EXPECT(t, p[i] != NULL);
		if (p[i])
			memset(p[i], i + 1, sizes[i]);
	}
	for (i = 0; i < ARRAY_SIZE(sizes); i++) {
		unsigned char *c = p[i];

		KTEST_EXPECT(t, c && c[0] == i + 1 && c[sizes[i] - 1] == i + 1);
		kfree(p[i]);
	}
	KTEST_EXPECT(t, kmalloc(0) == NULL);
}

/* Is a freed block reused, and the heap not leaking pages? */
static void kmalloc_reuse(struct ktest *t)
{
	void *a = kmalloc(64), *b;
	unsigned long pages;
	int i;

	kfree(a);
	b = kmalloc(64);
	KTEST_EXPECT_EQ(t, a, b);
	kfree(b);
	pages = nr_free_pages;
	for (i = 0; i < 1000; i++)
		kfree(kmalloc(300));
	KTEST_EXPECT(t, pages - nr_free_pages <= 1);
	a = kzalloc(200);
	KTEST_EXPECT(t, a && ((char *)a)[199] == 0);
	kfree(a);
}

static const struct ktest_case mm_cases[] = {
	KTEST_CASE(page_alloc_free),
	KTEST_CASE(page_alloc_order),
	KTEST_CASE(page_refcount),
	KTEST_CASE(kmalloc_sizes),
	KTEST_CASE(kmalloc_reuse),
};
KTEST_SUITE(mm, mm_cases);
