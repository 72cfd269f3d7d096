/*
 * Pages and the kernel's address space layout
 *
 * The kernel is linked at PAGE_OFFSET + 1 MiB and maps all of lowmem
 * linearly at PAGE_OFFSET, so __pa()/__va() are an offset.  Above the
 * linear map sits the kernel's virtual area (kmap), then the fixmap, whose
 * top (__FIXADDR_TOP, fixmap.h) moves down when a hypervisor reserves the
 * top of the address space.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _ASM_I386_PAGE_H
#define _ASM_I386_PAGE_H

#define PAGE_SHIFT	12
#define PAGE_SIZE	(1UL << PAGE_SHIFT)
#define PAGE_MASK	(~(PAGE_SIZE - 1))
#define PAGE_OFFSET	0xC0000000UL
#define THREAD_SIZE	CONFIG_THREAD_SIZE

#ifdef __ASSEMBLY__
#undef PAGE_OFFSET
#undef PAGE_SIZE
#undef PAGE_MASK
#define PAGE_OFFSET	0xC0000000
#define PAGE_SIZE	4096
#define PAGE_MASK	0xfffff000
#else

#include <linux/types.h>

#define __pa(x)		((unsigned long)(x) - PAGE_OFFSET)
#define __va(x)		((void *)((unsigned long)(x) + PAGE_OFFSET))
#define PAGE_ALIGN(x)	(((x) + PAGE_SIZE - 1) & PAGE_MASK)
#define pfn_to_phys(p)	((unsigned long)(p) << PAGE_SHIFT)
#define phys_to_pfn(a)	((unsigned long)(a) >> PAGE_SHIFT)

/* Page table entries are wrapped so they cannot be mixed with integers. */
typedef struct { unsigned long pte_low; } pte_t;
typedef struct { unsigned long pgd; } pgd_t;
typedef struct { unsigned long pgprot; } pgprot_t;

#define pte_val(x)	((x).pte_low)
#define pgd_val(x)	((x).pgd)
#define __pte(x)	((pte_t) { (x) })
#define __pgd(x)	((pgd_t) { (x) })
#define __pgprot(x)	((pgprot_t) { (x) })
#define pgprot_val(x)	((x).pgprot)

#endif /* __ASSEMBLY__ */
#endif /* _ASM_I386_PAGE_H */
