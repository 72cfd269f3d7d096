/*
 * Hostile guests: hello, the one that is not: it powers off cleanly
 * SPDX-License-Identifier: GPL-2.0
 */
#include "hostile.h"

const char attack_name[] = "hello: none, power off with status 0";

void attack(void)
{
	puts("hello from a ring-1 guest\n");
	power_off(0);
}
