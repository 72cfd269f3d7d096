/*
 * Hostile guests: what every attack program shares
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef HOSTILE_H
#define HOSTILE_H

#include <linux/lguest.h>

#define PAGE_OFFSET	0xc0000000ul
#define __pa(p)		((unsigned long)(p) - PAGE_OFFSET)

extern struct lguest_data lguest_data;
extern const char attack_name[];

unsigned long hcall(unsigned long call, unsigned long a1, unsigned long a2,
		    unsigned long a3);
void puts(const char *s);
void power_off(int status);
void guest_main(void);
void attack(void);

#endif
