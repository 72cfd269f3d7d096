/*
 * Host-side fuzzing: the driver every target links
 *
 * main() takes the target's seeds, then for each of -n inputs picks a
 * seed or an input the target accepted before, applies one to four
 * structured mutations (bit flips, byte and word sets with boundary
 * values, truncation, splices with another input, insertions,
 * deletions, copies), sometimes plain random bytes instead, and runs it
 * from a heap buffer of its exact size.  Everything comes from one
 * xorshift generator seeded by -s, so a failure reruns exactly with the
 * same -s and -n.  Ends with one line of counts; exit status 0 only if
 * every input ran with no invariant or sanitizer failure (sanitizers
 * end the process themselves: -fno-sanitize-recover=all).
 * SPDX-License-Identifier: GPL-2.0
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sanitizer/common_interface_defs.h>
#include "fuzz.h"

#define MAX_SEEDS	64
#define POOL		256	/* accepted inputs kept for mutation */

struct input {
	u8 *data;
	size_t len;
};

static struct input seeds[MAX_SEEDS], pool[POOL];
static unsigned int nseeds, npool;
static u64 rng_state;

/* The current input, for the failure report. */
static const u8 *cur;
static size_t cur_len;
static unsigned long cur_iter;
static unsigned long long cur_seed;

static u64 rnd(void)
{
	u64 x = rng_state;

	x ^= x >> 12;
	x ^= x << 25;
	x ^= x >> 27;
	rng_state = x;
	return x * 0x2545f4914f6cdd1dull;
}

static size_t below(size_t n)
{
	return n ? rnd() % n : 0;
}

void fuzz_seed(const void *data, size_t len)
{
	if (nseeds == MAX_SEEDS) {
		fprintf(stderr, "fuzz: more than %d seeds\n", MAX_SEEDS);
		exit(2);
	}
	seeds[nseeds].data = malloc(len ? len : 1);
	memcpy(seeds[nseeds].data, data, len);
	seeds[nseeds++].len = len;
}

static void dump_input(void)
{
	size_t i;

	fprintf(stderr, "fuzz %s: input %lu (rerun: -s %llu -n %lu), %zu "
		"bytes:", fuzz_target.name, cur_iter, cur_seed, cur_iter + 1,
		cur_len);
	for (i = 0; i < cur_len && i < 512; i++)
		fprintf(stderr, "%s%02x", i % 32 ? " " : "\n  ", cur[i]);
	fprintf(stderr, "%s\n", cur_len > 512 ? " ..." : "");
}

void fuzz_fail(const char *file, int line, const char *what)
{
	fprintf(stderr, "fuzz %s: %s:%d: invariant broken: %s\n",
		fuzz_target.name, file, line, what);
	dump_input();
	abort();
}

/* A sanitizer report ends the process: say which input it was. */
static void on_death(void)
{
	if (cur)
		dump_input();
}

static const struct input *pick(void)
{
	if (npool && rnd() & 1)
		return &pool[below(npool < POOL ? npool : POOL)];
	return &seeds[below(nseeds)];
}

static u32 boundary(size_t len)
{
	static const u32 v[] = { 0, 1, 0x7f, 0x80, 0xff, 0x100, 0x7fff,
				 0x8000, 0xffff, 0x10000, 0x7fffffff,
				 0x80000000, 0xfffff000, 0xffffffff };

	if (rnd() % 4 == 0)
		return len + below(64) - 32;	/* near the input's size */
	return rnd() & 1 ? v[below(ARRAY_SIZE(v))] : (u32)rnd();
}

/* One mutation of buf[0..*len), which has room for max bytes. */
static void mutate(u8 *buf, size_t *len, size_t max)
{
	const struct input *other;
	size_t n = *len, at = below(n), k, i;
	u32 v;

	switch (rnd() % 8) {
	case 0:
		if (n)
			buf[at] ^= 1 << below(8);
		break;
	case 1:
		if (n)
			buf[at] = boundary(n);
		break;
	case 2:		/* a 16- or 32-bit little-endian word */
		k = rnd() & 1 ? 2 : 4;
		if (n < k)
			break;
		at = below(n - k + 1);
		v = boundary(n);
		memcpy(buf + at, &v, k);
		break;
	case 3:
		*len = below(n + 1);
		break;
	case 4:		/* splice: our head, another input's tail */
		other = pick();
		k = below(other->len + 1);
		if (at + other->len - k > max)
			break;
		memcpy(buf + at, other->data + k, other->len - k);
		*len = at + other->len - k;
		break;
	case 5:		/* insert a few random bytes */
		k = 1 + below(4);
		if (n + k > max)
			break;
		memmove(buf + at + k, buf + at, n - at);
		for (i = 0; i < k; i++)
			buf[at + i] = rnd();
		*len = n + k;
		break;
	case 6:		/* delete a range */
		k = below(n - at + 1);
		memmove(buf + at, buf + at + k, n - at - k);
		*len = n - k;
		break;
	case 7:		/* copy a chunk over another place */
		k = below(n - at + 1);
		if (k)
			memmove(buf + below(n - k + 1), buf + at, k);
		break;
	}
}

/* Keeps an accepted input for later mutation, replacing at random. */
static void keep(const u8 *data, size_t len)
{
	struct input *slot = &pool[npool < POOL ? npool : below(POOL)];

	free(slot->data);
	slot->data = malloc(len ? len : 1);
	memcpy(slot->data, data, len);
	slot->len = len;
	npool++;
}

/* The next input into buf: a mutated seed or pool entry, or noise. */
static size_t next_input(u8 *buf, size_t max)
{
	const struct input *base;
	size_t len, i, m;

	if (rnd() % 50 == 0) {
		len = below(max + 1);
		for (i = 0; i < len; i++)
			buf[i] = rnd();
		return len;
	}
	base = pick();
	len = base->len < max ? base->len : max;
	memcpy(buf, base->data, len);
	for (m = 1 + below(4); m; m--)
		mutate(buf, &len, max);
	return len;
}

static unsigned long opt_ul(const char *s, const char *name)
{
	char *end;
	unsigned long long v = strtoull(s, &end, 0);

	if (!*s || *end) {
		fprintf(stderr, "fuzz: bad %s \"%s\"\n", name, s);
		exit(2);
	}
	return v;
}

int main(int argc, char **argv)
{
	unsigned long n = 100000, i, accepted = 0;
	size_t max = fuzz_target.max_len, len;
	u8 *buf, *exact;
	clock_t t0 = clock();
	int a;

	cur_seed = 1;
	for (a = 1; a + 1 < argc; a += 2) {
		if (!strcmp(argv[a], "-n"))
			n = opt_ul(argv[a + 1], "count");
		else if (!strcmp(argv[a], "-s"))
			cur_seed = opt_ul(argv[a + 1], "seed");
		else
			break;
	}
	if (a != argc) {
		fprintf(stderr, "usage: %s [-n inputs] [-s seed]\n", argv[0]);
		return 2;
	}
	rng_state = cur_seed * 0x9e3779b97f4a7c15ull | 1;
	__sanitizer_set_death_callback(on_death);
	fuzz_target.seeds();
	buf = malloc(max);
	for (i = 0; i < n; i++) {
		len = next_input(buf, max);
		exact = malloc(len ? len : 1);
		memcpy(exact, buf, len);
		cur = exact;
		cur_len = len;
		cur_iter = i;
		if (fuzz_target.run(exact, len)) {
			accepted++;
			keep(exact, len);
		}
		cur = NULL;
		free(exact);
	}
	free(buf);
	for (i = 0; i < nseeds; i++)
		free(seeds[i].data);
	for (i = 0; i < POOL; i++)
		free(pool[i].data);
	printf("fuzz %s: %lu inputs (seed %llu), %lu accepted, 0 failures, "
	       "%.1f s\n", fuzz_target.name, n, cur_seed, accepted,
	       (double)(clock() - t0) / CLOCKS_PER_SEC);
	return 0;
}
