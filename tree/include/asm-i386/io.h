/*
 * Port I/O: in/out and the I/O delay
 *
 * Device drivers (serial, PIC, PIT, RTC) and the power-off path use
 * these.  The _p variants pause after the access, by writing port 0x80 as
 * PCs traditionally do, for slow ISA devices such as the 8259 PIC.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _ASM_I386_IO_H
#define _ASM_I386_IO_H

#include <linux/types.h>

static inline void native_io_delay(void)
{
	__asm__ __volatile__("outb %al, $0x80");
}
#define io_delay()	native_io_delay()

#define BUILDIO(bwl, type, reg)						\
static inline void out##bwl(type v, u16 port)				\
{									\
	__asm__ __volatile__("out" #bwl " %" #reg "0, %w1"		\
			     : : "a"(v), "Nd"(port));			\
}									\
static inline type in##bwl(u16 port)					\
{									\
	type v;								\
	__asm__ __volatile__("in" #bwl " %w1, %" #reg "0"		\
			     : "=a"(v) : "Nd"(port));			\
	return v;							\
}									\
static inline void out##bwl##_p(type v, u16 port)			\
{									\
	out##bwl(v, port);						\
	io_delay();							\
}									\
static inline type in##bwl##_p(u16 port)				\
{									\
	type v = in##bwl(port);						\
	io_delay();							\
	return v;							\
}
BUILDIO(b, u8, b)
BUILDIO(w, u16, w)
BUILDIO(l, u32, k)
#undef BUILDIO

#endif /* _ASM_I386_IO_H */
