/*
 * Host-side fuzzing of the hypervisors' parsers of guest input
 *
 * Each tests/fuzz/fuzz_<name>.c is one target: it defines fuzz_target,
 * whose seeds() hands driver.c valid inputs and whose run() feeds one
 * input to the code under test (hv/...) and checks its invariants with
 * FUZZ_CHECK().  driver.c mutates the seeds and the inputs run()
 * accepted, deterministically from a seed, and passes each input in a
 * heap buffer of its exact size, so ASan catches a read past it.
 * tests/fuzz/Makefile builds one program per target with ASan and UBSan;
 * tests/fuzz/fuzz.t runs them in make check, make fuzz runs them longer.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef FUZZ_H
#define FUZZ_H

#include <stdbool.h>
#include <stddef.h>
#include "hv/core/types.h"

struct fuzz_target {
	const char *name;
	size_t max_len;		/* mutated inputs are cut to this length */
	void (*seeds)(void);	/* calls fuzz_seed() for each valid input */
	/* One input; true if it was accepted (kept to mutate further). */
	bool (*run)(const u8 *data, size_t len);
};

/* Every fuzz_<name>.c defines this one. */
extern const struct fuzz_target fuzz_target;

/* Adds a valid input (copied) that mutations start from. */
void fuzz_seed(const void *data, size_t len);

/* An invariant broke: prints it and the input, and aborts. */
void fuzz_fail(const char *file, int line, const char *what)
	__attribute__((noreturn));

#define FUZZ_CHECK(cond)						\
	do {								\
		if (!(cond))						\
			fuzz_fail(__FILE__, __LINE__, #cond);		\
	} while (0)

#endif /* FUZZ_H */
