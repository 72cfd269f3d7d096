/*
 * t_tls: thread-local storage segments (set_thread_area)
 *
 * Run by init --ktest.  Installs TLS descriptors in the GDT through
 * set_thread_area and reads through %gs: the first free entry is picked
 * for entry_number -1, a rewritten descriptor takes effect on the next
 * segment load, bad entries are refused, and the segment survives
 * context switches and fork (the kernel reloads the TLS GDT entries on
 * every switch).
 * SPDX-License-Identifier: GPL-2.0
 */
#include <ktest.h>
#include <x86.h>

static unsigned int tls_a[2] = { 0xaaaa0001, 0xaaaa0002 };
static unsigned int tls_b[2] = { 0xbbbb0001, 0xbbbb0002 };
static struct pv_sysinfo si;

/* Point GDT entry at base (a 4 GiB data segment); its result. */
static int tls_set(unsigned int *entry, void *base)
{
	struct user_desc d = {
		.entry_number = *entry,
		.base_addr = (unsigned long)base,
		.limit = 0xfffff,
		.seg_32bit = 1,
		.limit_in_pages = 1,
		.useable = 1,
	};
	int r = set_thread_area(&d);

	*entry = d.entry_number;
	return r;
}

static bool tls_entry_ok(unsigned int e)
{
	return e >= si.tls_min && e < si.tls_min + si.tls_entries;
}

/*
 * Does entry -1 get a free TLS entry, and does a descriptor rewritten
 * at run time take effect at the next load of %gs?
 */
static unsigned int test_set_and_reload(void)
{
	unsigned int e = -1, e2 = -1;

	if (!CHECK_EQ(tls_set(&e, tls_a), 0) ||
	    !CHECK(tls_entry_ok(e), "got entry %u", e))
		return 0;
	load_gs(USER_SELECTOR(e));
	CHECK_EQ(gs_read32(0), tls_a[0]);
	CHECK_EQ(gs_read32(4), tls_a[1]);
	CHECK_EQ(tls_set(&e, tls_b), 0);
	load_gs(USER_SELECTOR(e));
	CHECK_EQ(gs_read32(0), tls_b[0]);
	if (si.tls_entries >= 2 && CHECK_EQ(tls_set(&e2, tls_a), 0)) {
		CHECK(e2 != e && tls_entry_ok(e2), "second entry %u", e2);
		load_gs(USER_SELECTOR(e2));
		CHECK_EQ(gs_read32(0), tls_a[0]);
		load_gs(USER_SELECTOR(e));
		CHECK_EQ(gs_read32(0), tls_b[0]);
	}
	return e;
}

/* Are entries outside the TLS range refused? */
static void test_bad_entries(void)
{
	unsigned int bad[] = { 0, 1, si.tls_min - 1, si.tls_min +
			       si.tls_entries, 8192, 0x7fffffff };
	unsigned int i, e;

	for (i = 0; i < ARRAY_SIZE(bad); i++) {
		e = bad[i];
		if (tls_entry_ok(e))
			continue;
		CHECK(tls_set(&e, tls_a) == -EINVAL, "entry %u accepted",
		      bad[i]);
	}
}

/*
 * In a forked child: first the parent's %gs, reading the child's own
 * copy of tls_b; then the same entry pointed at tls_a for this process
 * only, across switches to the parent and back.
 */
static int child_tls(unsigned int e)
{
	sleep(10);			/* after the parent's write */
	CHECK_EQ(read_gs(), USER_SELECTOR(e));
	CHECK_EQ(gs_read32(0), 0xbbbb0001);
	if (CHECK_EQ(tls_set(&e, tls_a), 0)) {
		load_gs(USER_SELECTOR(e));
		sleep(20);		/* the parent runs with its own entry */
		CHECK_EQ(gs_read32(0), tls_a[0]);
	}
	return test_result();
}

/*
 * Do %gs and its descriptor survive sleep, yield and fork, and is each
 * process's TLS entry its own (switched with the process)?
 */
static void test_switches(unsigned int e)
{
	int pid, status = 0;

	sleep(20);
	yield();
	CHECK_EQ(read_gs(), USER_SELECTOR(e));
	CHECK_EQ(gs_read32(0), tls_b[0]);
	pid = fork();
	if (pid == 0)
		exit(child_tls(e));
	tls_b[0] = 0xbbbb0003;		/* the child has its own copy */
	CHECK_EQ(gs_read32(0), 0xbbbb0003);
	sleep(20);			/* while the child sets its entry */
	CHECK_EQ(gs_read32(0), 0xbbbb0003);
	CHECK_EQ(wait_for(pid, &status), pid);
	check_exited(status, 0, "child");
	CHECK_EQ(gs_read32(0), 0xbbbb0003);
	load_gs(USER_SELECTOR(e));
	CHECK_EQ(gs_read32(0), 0xbbbb0003);
}

int main(void)
{
	unsigned int e;

	test_sysinfo(&si);
	if (!CHECK(si.tls_entries >= 1 && si.tls_entries < 16 &&
		   si.tls_min >= 1 && si.tls_min + si.tls_entries <= 8192,
		   "TLS entries %u..+%u", si.tls_min, si.tls_entries))
		return test_result();
	e = test_set_and_reload();
	test_bad_entries();
	if (e)
		test_switches(e);
	return test_result();
}
