/*
 * Hostile guests: what the attacks share
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef HOSTILE_H
#define HOSTILE_H

#include <linux/lguest.h>

#define NULL		((void *)0)

#define PAGE_OFFSET	0xc0000000ul
#define __pa(p)		((unsigned long)(p) - PAGE_OFFSET)
#define __va(a)		((void *)((unsigned long)(a) + PAGE_OFFSET))

struct desc {
	unsigned long lo, hi;
};

struct attack {
	const char *name;
	void (*fn)(void);
	int before_init;
};

extern struct lguest_data lguest_data;
extern struct desc gdt[32];
extern const struct attack attacks[];
extern unsigned long storm_left, storm_skip, attack_arg;
extern unsigned long irqs_counted, irqs_in_window;
extern volatile int count_irqs;
extern const char trap_stubs[];

unsigned long hcall(unsigned long call, unsigned long a1, unsigned long a2,
		    unsigned long a3);
unsigned int strlen(const char *s);
int strcmp(const char *a, const char *b);
void puts(const char *s);
void putu(unsigned long v, int base);
void power_off(int status);
void guest_main(void);
void load_gdt(void);
void set_gate(unsigned int v, unsigned long handler, unsigned int type,
	      unsigned int dpl);
void to_user(unsigned long eip, unsigned long esp)
	__attribute__((noreturn, regparm(2)));

#endif
