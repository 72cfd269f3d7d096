/*
 * Paravirt patching: walking the call sites and writing them
 *
 * paravirt_setup() (select.c) calls apply_paravirt() once, with
 * interrupts off, after the backend is chosen, over the kernel's
 * .parainstructions.  For each site: copy its bytes to a buffer, check
 * them against the shape of the op's sites (sites.c; a site not so
 * shaped gets one line and is left), let the backend's patch() rewrite
 * the buffer (patch.c has its tools), pad the rest, and only then write
 * the site, in one pass with no paravirt op in between; so no site is
 * ever executed half written, not even one that this code or what it
 * calls uses (the lesson of Linux 2.6.23's text_poke).  nopvpatch on the
 * command line skips all of it.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <asm/paravirt.h>
#include <asm/paravirt_patch.h>

unsigned long paravirt_sites, paravirt_sites_changed, paravirt_sites_misshapen;

BUILD_BUG_ON(sizeof(struct paravirt_patch_site) != 8);

/* Copies the site over: plain stores, no paravirt op, nothing called. */
static void text_write(u8 *dst, const u8 *src, unsigned int len)
{
	while (len--)
		*dst++ = *src++;
}

void apply_paravirt(struct paravirt_patch_site *start,
		    struct paravirt_patch_site *end)
{
	u8 buf[PV_MAX_SITE_LEN];
	struct paravirt_patch_site *s;
	struct pv_site shape;

	for (s = start; s < end; s++) {
		unsigned int used;

		BUG_ON(s->len > sizeof(buf));
		paravirt_sites++;
		memcpy(buf, s->instr, s->len);
		/* The backend places code by the site's shape: check it. */
		if (paravirt_site_decode(s->instrtype, buf, s->len, &shape)) {
			printk(KERN_WARNING "paravirt: site at %p (op %u, %u bytes) not shaped as its op's; left\n",
			       s->instr, s->instrtype, s->len);
			paravirt_sites_misshapen++;
			continue;
		}
		used = pv_init_ops.patch(s->instrtype, s->clobbers, buf,
					 (unsigned long)s->instr, s->len);
		BUG_ON(used > s->len);
		if (used < s->len)
			paravirt_pad_site(buf, used, s->len, s->clobbers,
					  paravirt_debug_poison);
		if (memcmp(buf, s->instr, s->len)) {
			text_write(s->instr, buf, s->len);
			paravirt_sites_changed++;
		}
	}
	/* A jump serialises instruction fetch after self-modification. */
	__asm__ __volatile__("jmp 1f\n1:" : : : "memory");
}
