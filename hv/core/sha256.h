/*
 * Hypervisor core: SHA-256 (sha256.c)
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef HV_SHA256_H
#define HV_SHA256_H

#include "types.h"

void sha256(const void *data, u32 len, u8 out[32]);
void sha256_hex(const void *data, u32 len, char out[65]);

#endif
