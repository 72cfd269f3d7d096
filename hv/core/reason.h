/*
 * Reason strings: one-line messages built without printf
 *
 * The parsers of guest input (elf.c, hv/lhype/options.c) explain every
 * refusal in a short line that the host prints after "lhype: ".  They
 * build it here, into a buffer the caller owns, with strings, hex and
 * decimal numbers only: the hosts have no libc, and the same code runs
 * in the unit tests and fuzzers.  A line that does not fit is cut short,
 * never overrun; the buffer always ends in a NUL.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef HV_REASON_H
#define HV_REASON_H

#include "types.h"

struct reason {
	char *buf;
	size_t size;	/* of buf, with the NUL; 0: nothing is written */
	size_t len;
};

/* Starts an empty line in buf[size]. */
void reason_init(struct reason *r, char *buf, size_t size);

void reason_str(struct reason *r, const char *s);
void reason_hex(struct reason *r, u32 v);	/* 0x1f */
void reason_dec(struct reason *r, u32 v);	/* 31 */
void reason_size(struct reason *r, u32 bytes);	/* 64 MiB, 12 KiB, 5 bytes */

#endif /* HV_REASON_H */
