/*
 * Host-side fuzzing: the guest and host stubs of hvstub.c
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef HVSTUB_H
#define HVSTUB_H

#include <setjmp.h>
#include "hv/core/hv.h"
#include "hv/core/guest.h"

enum { STUB_RAN, STUB_KILLED, STUB_STOPPED, STUB_SLEPT };

extern jmp_buf stub_end;
extern char stub_why[256];
extern bool stub_timer_fires;
extern struct hv_state hv_state;
extern const char switcher_stubs[];

void stub_new_guest(const struct hv_abi *abi, u8 *mem, u32 size,
		    unsigned int vector);
/* Checks the invariants of the guest's tables; NULL or what is wrong. */
const char *stub_audit_tables(void);

#endif
