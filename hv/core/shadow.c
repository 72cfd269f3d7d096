/*
 * Hypervisor core: the shadow page tables the guest runs on
 *
 * The guest writes its own two-level page tables in its memory, with
 * guest-physical frames; the CPU runs on the host's shadow of them,
 * with host-physical frames, built on demand: a page fault the shadow
 * cannot satisfy exits to the host, which walks the guest's tables
 * (gmem.c), and either installs the mapping or delivers the fault to
 * the guest.  A shadow PTE is writable only once the guest PTE is
 * dirty, so the guest's dirty bits stay true; the global bit is
 * dropped.  The last directory entry of every shadow maps the switcher
 * pages, read-only but for the regs page; the guest can reach nothing
 * else of the host's, nor any frame outside its memory (gva_walk()).
 *
 * Like lguest, the host keeps the shadows of the last NR_SHADOWS page
 * directories the guest used, keyed by its CR3, so a context switch
 * back costs no faults; the guest tells it of every change to a PTE
 * (lhype's SET_PTE, VMI's SetPxE with CURRENT_AS: the new entry goes
 * into the shadows at once, as lguest does), a directory entry
 * (SET_PMD) or of a TLB flush.  A VMI guest may name a changed PTE by
 * its place alone, without the address it maps (SetPxE for another
 * address space, or for the kernel's own tables): for that the host
 * remembers which guest page table each shadow directory entry was
 * built from, and counts, per guest frame, how many entries were.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/string.h>
#include "hv.h"
#include "guest.h"

#define NR_SHADOWS	4
#define NO_GCR3		0xfff		/* a free shadow: no CR3 is this */

struct shadow {
	u32 gcr3;			/* the guest's directory */
	u32 pd;				/* host-physical */
	/*
	 * Host-physical: for each directory entry of pd, the guest page
	 * table it shadows, | 1, or 0 (none, or paging off).
	 */
	u32 gpt;
};

static struct shadow shadows[NR_SHADOWS];
static unsigned int cur, next_victim;
static u32 switcher_pt;			/* the guest's view of the host */

/*
 * Per guest frame: how many shadow directory entries shadow it as a
 * page table, and the index of the last one (where the others
 * usually are: a page table sits at one index in every directory).
 * In host pages, taken as frames are first used: up to 4 GiB.
 */
struct pt_refs {
	u16 count;
	u16 index;
};
#define REFS_PER_PAGE	(PAGE_SIZE / sizeof(struct pt_refs))
static u32 refs_pages[(1u << 20) / REFS_PER_PAGE];
static u32 nr_refs;			/* their sum, for the audit */

extern char __switcher_start[], __switcher_end[];
extern u8 hv_regs_page[];
extern struct hv_state hv_state;

static bool guest_read_only(u32 gpa)
{
	return gpa >= guest.ro_start && gpa < guest.ro_end;
}

static u32 *table(u32 pa)
{
	return phys_to_virt(pa & PTE_FRAME);
}

static void drop_range(struct shadow *s, unsigned int from, unsigned int to);

/* The counts of the guest page table at gpa; NULL if none yet. */
static struct pt_refs *refs(u32 gpa, bool make)
{
	u32 n = gpa / PAGE_SIZE, *slot = &refs_pages[n / REFS_PER_PAGE];

	if (!*slot) {
		if (!make)
			return NULL;
		*slot = page_alloc();
	}
	return (struct pt_refs *)table(*slot) + n % REFS_PER_PAGE;
}

static void map_host_page(u32 *pt, const void *va, u32 flags)
{
	pt[((u32)va >> 12) & 1023] = hv_virt_to_phys(va) | flags;
}

void shadow_init(void)
{
	u32 *pt;
	const char *p;
	unsigned int i;

	for (i = 0; i < NR_SHADOWS; i++) {	/* a guest before: forget it */
		if (shadows[i].pd) {
			drop_range(&shadows[i], 0, HV_PDE);
			page_free(shadows[i].pd);
			page_free(shadows[i].gpt);
		}
		shadows[i] = (struct shadow){ .gcr3 = NO_GCR3 };
	}
	for (i = 0; i < ARRAY_SIZE(refs_pages); i++)
		if (refs_pages[i]) {
			page_free(refs_pages[i]);
			refs_pages[i] = 0;
		}
	nr_refs = 0;
	if (switcher_pt)
		page_free(switcher_pt);
	cur = next_victim = 0;
	switcher_pt = page_alloc();
	pt = table(switcher_pt);
	for (p = __switcher_start; p < __switcher_end; p += PAGE_SIZE)
		map_host_page(pt, p, PTE_P);
	map_host_page(pt, &hv_state, PTE_P);
	map_host_page(pt, hv_regs_page, PTE_P | PTE_RW);
}

static void drop_range(struct shadow *s, unsigned int from, unsigned int to)
{
	u32 *pd = table(s->pd), *gpt = table(s->gpt);
	unsigned int i;

	for (i = from; i < to; i++) {
		if (!(pd[i] & PTE_P))
			continue;		/* and no record: the audit says */
		page_free(pd[i] & PTE_FRAME);
		pd[i] = 0;
		if (gpt[i]) {
			refs(gpt[i], false)->count--;
			nr_refs--;
			gpt[i] = 0;
		}
	}
}

static void new_shadow(struct shadow *s, u32 gcr3)
{
	if (!s->pd) {
		s->pd = page_alloc();
		s->gpt = page_alloc();
		table(s->pd)[HV_PDE] = switcher_pt | PTE_P | PTE_RW;
	} else {
		drop_range(s, 0, HV_PDE);
	}
	s->gcr3 = gcr3;
}

u32 shadow_cr3(void)
{
	return shadows[cur].pd;
}

/* NEW_PGTABLE: run on the shadow of cr3, reusing one if it is kept. */
void shadow_new_pgtable(u32 cr3)
{
	unsigned int i;

	guest.cr3 = cr3;
	for (i = 0; i < NR_SHADOWS; i++)
		if (shadows[i].pd && shadows[i].gcr3 == cr3) {
			cur = i;
			return;
		}
	for (i = 0; i < NR_SHADOWS; i++)	/* one forgotten, else the oldest */
		if (i != cur && shadows[i].gcr3 == NO_GCR3)
			next_victim = i;
	if (next_victim == cur)
		next_victim = (next_victim + 1) % NR_SHADOWS;
	cur = next_victim;
	next_victim = (next_victim + 1) % NR_SHADOWS;
	new_shadow(&shadows[cur], cr3);
}

/* FLUSH_TLB: the current shadow's user part, or every shadow's all. */
void shadow_flush(bool kernel_too)
{
	unsigned int i;

	if (!kernel_too) {
		drop_range(&shadows[cur], 0, guest.page_offset >> 22);
		return;
	}
	for (i = 0; i < NR_SHADOWS; i++)
		if (shadows[i].pd)
			drop_range(&shadows[i], 0, HV_PDE);
}

/*
 * The shadow PTE for a guest PTE under a guest PDE, both present: the
 * frame in guest memory (the caller checked it), writable only when
 * both allow it and the page is dirty, user only when both allow it,
 * never global.
 */
static u32 shadow_pte(u32 gpde, u32 gpte)
{
	u32 spte = ((u32)(unsigned long)guest.mem + (gpte & PTE_FRAME)) |
		   PTE_P | (gpte & (PTE_A | PTE_D | PTE_PCD | PTE_PWT)) |
		   (gpde & gpte & PTE_US);

	if ((gpde & gpte & PTE_RW) && (gpte & PTE_D) &&
	    !guest_read_only(gpte & PTE_FRAME))
		spte |= PTE_RW;
	return spte;
}

/*
 * A new shadow page table for va under the guest's present gpde, in
 * the directory entry *spde.  A kernel one gets every entry the CPU
 * could use as it is (present and accessed, its frame in guest memory)
 * at once: the kernel's mappings are the same in every directory and
 * mostly static (the direct map), so a new shadow, after each fork,
 * would otherwise fault them in one page at a time: the copy-on-write
 * of a page took two faults on the kernel's side alone.
 */
static u32 *new_table(struct shadow *s, u32 va, u32 gpde)
{
	const u32 *gpt = gpa_ptr(gpde & PTE_FRAME, PAGE_SIZE);
	u32 *spde = &table(s->pd)[va >> 22];
	struct pt_refs *r;
	unsigned int i;
	u32 *pt;

	*spde = page_alloc() | PTE_P | PTE_RW | PTE_US;
	pt = table(*spde);
	if (!gpt)
		return pt;
	table(s->gpt)[va >> 22] = (gpde & PTE_FRAME) | 1;
	r = refs(gpde & PTE_FRAME, true);
	r->count++;
	r->index = va >> 22;
	nr_refs++;
	if (va < guest.page_offset)
		return pt;
	for (i = 0; i < 1024; i++)
		if ((gpt[i] & (PTE_P | PTE_A)) == (PTE_P | PTE_A) &&
		    (gpt[i] & PTE_FRAME) < guest.mem_size)
			pt[i] = shadow_pte(gpde, gpt[i]);
	return pt;
}


/*
 * The new guest PTE pte for va in shadow s: installed when the CPU
 * could use it as it is (present and accessed under a present 4 KiB
 * directory entry of s's own directory, its frame in guest memory),
 * else dropped, so that the next access faults and gva_walk() decides,
 * with its checks and its A/D updates.  The shadow we run on gets the
 * page table for va if it has none yet (a new process's first pages:
 * else the first access faults all the same); the other shadows only
 * change what they have.
 */
static void set_pte_in(struct shadow *s, u32 va, u32 pte)
{
	u32 *spde = &table(s->pd)[va >> 22], *gpde, *pt;
	bool usable = (pte & (PTE_P | PTE_A)) == (PTE_P | PTE_A) &&
		      (pte & PTE_FRAME) < guest.mem_size;

	gpde = gpa_ptr((s->gcr3 & PTE_FRAME) + (va >> 22) * 4, 4);
	if (!gpde || (*gpde & (PTE_P | PTE_PSE)) != PTE_P)
		usable = false;
	if (*spde & PTE_P)
		pt = table(*spde);
	else if (usable && s == &shadows[cur])
		pt = new_table(s, va, *gpde);
	else
		return;
	pt[(va >> 12) & 1023] = usable ? shadow_pte(*gpde, pte) : 0;
}

/*
 * SET_PTE: the guest changed the PTE for va in directory cr3 (for a
 * kernel address, in all of them) to pte: install it in the shadows
 * at once, as lguest does, so the next access need not fault it in.
 */
void shadow_set_pte(u32 cr3, u32 va, u32 pte)
{
	unsigned int i;

	if (va >= LGUEST_SWITCHER_ADDR)
		return;
	for (i = 0; i < NR_SHADOWS; i++) {
		if (!shadows[i].pd)
			continue;
		if (va >= guest.page_offset || shadows[i].gcr3 == cr3)
			set_pte_in(&shadows[i], va, pte);
	}
}

/* SET_PMD: the guest changed entry index of directory pgd. */
void shadow_set_pmd(u32 pgd, u32 index)
{
	unsigned int i;

	if (index >= HV_PDE)
		return;
	for (i = 0; i < NR_SHADOWS; i++)
		if (shadows[i].pd && shadows[i].gcr3 == pgd)
			drop_range(&shadows[i], index, index + 1);
}

/*
 * Each directory entry of each shadow built from the guest page table
 * at frame: fn(shadow, index, slot, pte).  The count says when all
 * were found; the last index is tried first.
 */
static void for_each_ref(u32 frame,
			 void (*fn)(struct shadow *, unsigned int, u32, u32),
			 u32 slot, u32 pte)
{
	struct pt_refs *r = refs(frame, false);
	unsigned int i, j, left, hint;
	const u32 *gpt;

	if (!r || !r->count)
		return;
	left = r->count;
	hint = r->index;
	for (i = 0; i < NR_SHADOWS && left; i++) {
		if (!shadows[i].pd)
			continue;
		gpt = table(shadows[i].gpt);
		if (gpt[hint] == (frame | 1)) {
			left--;
			fn(&shadows[i], hint, slot, pte);
		}
		for (j = 0; j < HV_PDE && left; j++)
			if (j != hint && gpt[j] == (frame | 1)) {
				left--;
				fn(&shadows[i], j, slot, pte);
			}
	}
}

/* The entry at slot of the table at index of s is now pte. */
static void update_ref(struct shadow *s, unsigned int index, u32 slot,
		       u32 pte)
{
	set_pte_in(s, index << 22 | slot << 12, pte);
}

/*
 * The guest changed the PTE at guest-physical pte_gpa and did not say
 * which address it maps (VMI's SetPxE for another address space, or
 * plain set_pte): every shadow entry built from it takes its new value.
 * Cheap when no shadow holds that table, as for the writes into a new
 * child's tables at fork.
 */
void shadow_pte_changed(u32 pte_gpa)
{
	const u32 *pte = gpa_ptr(pte_gpa & ~3u, 4);

	if (!pte)
		return;
	for_each_ref(pte_gpa & PTE_FRAME, update_ref,
		     (pte_gpa & ~PTE_FRAME) / 4, *pte);
}

static void drop_ref(struct shadow *s, unsigned int index, u32 slot,
		     u32 pte)
{
	(void)slot;
	(void)pte;
	drop_range(s, index, index + 1);
}

/*
 * The page at frame becomes or stops being a page table (VMI's
 * AllocatePage, ReleasePage): no shadow may keep what it held before.
 */
void shadow_forget_pt(u32 frame)
{
	for_each_ref(frame & PTE_FRAME, drop_ref, 0, 0);
}

/*
 * The page at frame becomes or stops being a page directory: a shadow
 * kept for it goes (emptied, if it is the one we run on).
 */
void shadow_forget_pgd(u32 frame)
{
	unsigned int i;

	for (i = 0; i < NR_SHADOWS; i++)
		if (shadows[i].pd && shadows[i].gcr3 == (frame & PTE_FRAME)) {
			drop_range(&shadows[i], 0, HV_PDE);
			if (i != cur)
				shadows[i].gcr3 = NO_GCR3;
		}
}

/*
 * A page fault at gva with the CPU's error code.  Returns true when
 * the shadow now maps what the guest's tables allow; otherwise *err is
 * the error code the guest's own tables give, for the guest's fault.
 */
bool shadow_fault(u32 gva, u32 *err)
{
	u32 gpa, *spde, *pt, gpde, gpte;
	int e;

	e = gva_walk(gva, *err, &gpa);
	if (e) {
		*err = e & ~WALK_FAULT;
		return false;
	}
	if ((*err & PF_W) && guest_read_only(gpa))
		guest_kill("a write to %#x, guest-physical %#x: read-only "
			   "memory (the ROM)", gva, gpa);
	if (!guest.paging) {
		/* Paging off: guest-linear is guest-physical, all writable. */
		spde = &table(shadows[cur].pd)[gva >> 22];
		if (!(*spde & PTE_P))
			*spde = page_alloc() | PTE_P | PTE_RW | PTE_US;
		table(*spde)[(gva >> 12) & 1023] =
			((u32)(unsigned long)guest.mem + (gpa & PTE_FRAME)) |
			PTE_P | PTE_A | PTE_D |
			(guest_read_only(gpa) ? 0 : PTE_RW);
		return true;
	}

	/* The walk succeeded: the guest's entries are in memory. */
	gpde = *(u32 *)gpa_ptr((guest.cr3 & PTE_FRAME) + (gva >> 22) * 4, 4);
	gpte = *(u32 *)gpa_ptr((gpde & PTE_FRAME) +
			       ((gva >> 12) & 1023) * 4, 4);
	spde = &table(shadows[cur].pd)[gva >> 22];
	pt = *spde & PTE_P ? table(*spde) : new_table(&shadows[cur], gva, gpde);
	pt[(gva >> 12) & 1023] = shadow_pte(gpde, gpte);
	return true;
}

/*
 * Every entry of every shadow: a page table of the host's, a frame of
 * guest memory, or (the last entry) the switcher's.  NULL or what is
 * wrong; the fuzzer calls it after each hypercall.
 */
const char *shadow_audit(void)
{
	u32 base = (u32)(unsigned long)guest.mem, *pd, *pt, *gpt, f;
	unsigned int i, j, k, n = 0;
	struct pt_refs *r;

	for (i = 0; i < NR_SHADOWS; i++) {
		if (!shadows[i].pd)
			continue;
		pd = table(shadows[i].pd);
		if (pd[HV_PDE] != (switcher_pt | PTE_P | PTE_RW))
			return "the last directory entry is not the switcher's";
		gpt = table(shadows[i].gpt);
		for (j = 0; j < HV_PDE; j++) {
			if (gpt[j]) {
				r = refs(gpt[j] & PTE_FRAME, false);
				if (!(pd[j] & PTE_P) || (gpt[j] & ~PTE_FRAME) != 1 ||
				    (gpt[j] & PTE_FRAME) >= guest.mem_size ||
				    !r || !r->count)
					return "a shadow's page-table record is wrong";
				n++;
			}
			if (!(pd[j] & PTE_P))
				continue;
			pt = table(pd[j]);
			for (k = 0; k < 1024; k++) {
				if (!(pt[k] & PTE_P))
					continue;
				f = pt[k] & PTE_FRAME;
				if (f < base || f - base >= guest.mem_size)
					return "a shadow PTE maps outside guest memory";
				if (pt[k] & PTE_G)
					return "a shadow PTE is global";
			}
		}
	}
	if (n != nr_refs)
		return "the page-table counts do not add up";
	return NULL;
}
