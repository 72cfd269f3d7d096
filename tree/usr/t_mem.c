/*
 * t_mem: user memory: program segments, brk, mmap, mprotect, munmap
 *
 * Run by init --ktest.  Checks that exec mapped the ELF segments with
 * their permissions, that the break grows with zeroed memory and shrinks
 * for real, and that anonymous mappings honour mprotect and munmap.  A
 * probe that must fault runs in a child and must die with SIGSEGV.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <ktest.h>
#include <string.h>

#define NPAGES		3

static unsigned char zeroed[2 * 4096];		/* .bss */
static unsigned int answer = 42;		/* .data */
static const unsigned int constant = 7;		/* .rodata */

static int poke(void *p)
{
	*(volatile unsigned char *)p = 1;
	return 0;
}

static int peek(void *p)
{
	return *(volatile unsigned char *)p;
}

static bool all_zero(const unsigned char *p, size_t n)
{
	while (n--)
		if (*p++)
			return false;
	return true;
}

/* Did exec map .text and .rodata read-only, .data and .bss writable? */
static void test_segments(void)
{
	CHECK(all_zero(zeroed, sizeof(zeroed)), ".bss is not zeroed");
	zeroed[0] = answer++;
	CHECK_EQ(answer, 43);
	check_killed(run_child(poke, (void *)poke), SIGSEGV, "write .text");
	check_killed(run_child(poke, (void *)&constant), SIGSEGV,
		     "write .rodata");
	check_exited(run_child(peek, (void *)&constant), 7, "read .rodata");
}

/* Does brk hand out zeroed memory, and does shrinking take it back? */
static void test_brk(void)
{
	unsigned char *cur = brk(NULL), *top;
	unsigned char *above = (unsigned char *)PAGE_ALIGN(cur);
	size_t n = NPAGES * PAGE_SIZE + 100;

	if (!CHECK(!SYS_IS_ERR(cur) && cur, "brk(0) is %p", cur))
		return;
	top = brk(cur + n);
	if (!CHECK(top == cur + n, "brk(%p) gave %p", cur + n, top))
		return;
	CHECK(all_zero(cur, n), "new heap is not zeroed");
	memset(cur, 0x5a, n);
	CHECK(cur[n - 1] == 0x5a, "heap write lost");
	CHECK(brk(cur) == cur, "shrinking brk failed");
	CHECK(brk(NULL) == cur, "brk(0) after shrinking is %p", brk(NULL));
	check_killed(run_child(poke, above), SIGSEGV, "write above brk");
	if (CHECK(brk(cur + n) == cur + n, "growing brk again failed"))
		CHECK(all_zero(above, cur + n - above),
		      "regrown heap holds old data");
	brk(cur);
}

/* Does mmap give zeroed, page-aligned, writable memory in user space? */
static unsigned char *test_mmap(void)
{
	unsigned char *p = mmap(NPAGES * PAGE_SIZE, PROT_READ | PROT_WRITE);
	struct pv_sysinfo si;

	if (!CHECK(!SYS_IS_ERR(p), "mmap failed: %d", (int)p))
		return NULL;
	test_sysinfo(&si);
	CHECK(((unsigned long)p & (PAGE_SIZE - 1)) == 0, "mmap gave %p", p);
	CHECK((unsigned long)p + NPAGES * PAGE_SIZE <= si.page_offset,
	      "mmap gave %p, above page_offset", p);
	CHECK(all_zero(p, NPAGES * PAGE_SIZE), "mmap memory not zeroed");
	memset(p, 0xa5, NPAGES * PAGE_SIZE);
	CHECK_EQ(p[NPAGES * PAGE_SIZE - 1], 0xa5);
	CHECK_EQ((long)mmap(0xf0000000, PROT_READ | PROT_WRITE), -ENOMEM);
	return p;
}

/* Does mprotect make one page read-only, and back, leaving the others? */
static void test_mprotect(unsigned char *p)
{
	if (!CHECK_EQ(mprotect(p, PAGE_SIZE, PROT_READ), 0))
		return;
	check_killed(run_child(poke, p), SIGSEGV, "write read-only page");
	check_exited(run_child(peek, p), 0xa5, "read read-only page");
	check_exited(run_child(poke, p + PAGE_SIZE), 0, "write next page");
	CHECK_EQ(p[0], 0xa5);
	CHECK_EQ(mprotect(p + 1, PAGE_SIZE, PROT_READ), -EINVAL);
	CHECK_EQ(mprotect(p, PAGE_SIZE, PROT_READ | PROT_WRITE), 0);
	p[0] = 0x3c;
	CHECK_EQ(p[0], 0x3c);
}

/* Does munmap remove the pages, so that touching them faults? */
static void test_munmap(unsigned char *p)
{
	CHECK_EQ(munmap(p + 1, PAGE_SIZE), -EINVAL);
	if (!CHECK_EQ(munmap(p, NPAGES * PAGE_SIZE), 0))
		return;
	check_killed(run_child(peek, p), SIGSEGV, "read unmapped page");
	check_killed(run_child(poke, p + PAGE_SIZE), SIGSEGV,
		     "write unmapped page");
}

int main(void)
{
	unsigned char *p;

	test_segments();
	test_brk();
	p = test_mmap();
	if (p) {
		test_mprotect(p);
		test_munmap(p);
	}
	return test_result();
}
