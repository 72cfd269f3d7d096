/*
 * exec: loading an embedded ELF program into an address space
 *
 * Programs live in the kernel image (usr/, include/linux/usrprogs.h).
 * exec_into() checks the ELF image (kernel/elf.c), maps its PT_LOAD
 * segments page by page (writable only if the segment is), copies the
 * file bytes through the kernel's linear map, maps the stack and lays
 * out argc, argv[] and the strings on it, and fills in the user-mode
 * trap frame that the return to user mode will load.
 * Stack at entry: [esp] = argc, [esp+4] = argv[0] ... argv[argc-1], NULL.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/elf.h>
#include <linux/exec.h>
#include <linux/file.h>
#include <linux/usrprogs.h>
#include <linux/syscalls.h>
#include <asm/ptrace.h>
#include <asm/uaccess.h>
#include <asm/desc.h>
#include <asm/irqflags.h>
#include <asm/i387.h>

void ret_to_user(struct pt_regs *regs) __noreturn;

const struct usr_program *usr_program_find(const char *name)
{
	unsigned int i;

	for (i = 0; i < usr_nr_programs; i++)
		if (!strcmp(usr_programs[i].name, name))
			return &usr_programs[i];
	return NULL;
}

/* Copies len bytes to user address a of mm (mapped), via the linear map. */
static void mm_write(struct mm_struct *mm, unsigned long a, const void *src,
		     size_t len)
{
	while (len) {
		pte_t *pte = pte_lookup(mm->pgd, a);
		size_t n = min(len, PAGE_SIZE - (a & ~PAGE_MASK));

		BUG_ON(!pte || !pte_present(*pte));
		memcpy((char *)__va(pte_val(*pte) & PAGE_MASK) +
		       (a & ~PAGE_MASK), src, n);
		a += n;
		src = (const char *)src + n;
		len -= n;
	}
}

int exec_map_segment(struct mm_struct *mm, const u8 *image,
		     const struct elf32_phdr *p)
{
	unsigned long a, end = PAGE_ALIGN(p->p_vaddr + p->p_memsz);
	bool w = p->p_flags & PF_W;

	for (a = p->p_vaddr & PAGE_MASK; a < end; a += PAGE_SIZE) {
		pte_t *pte = pte_lookup(mm->pgd, a);
		int err;

		if (pte && pte_present(*pte)) {	/* shared with a segment */
			if (w)
				set_pte_at(mm, a, pte,
					   __pte(pte_val(*pte) | _PAGE_RW));
			continue;
		}
		err = mm_map_anon(mm, a, PAGE_SIZE, w);
		if (err)
			return err;
	}
	mm_write(mm, p->p_vaddr, image + p->p_offset, p->p_filesz);
	if (end > mm->start_brk)
		mm->start_brk = mm->brk = end;
	return 0;
}

/* Lays out argc/argv at the top of the stack; returns the new ESP. */
static unsigned long setup_stack(struct mm_struct *mm,
				 const char *const argv[], int argc)
{
	unsigned long sp = USER_STACK_TOP, ptrs[MAX_ARG_COUNT + 1];
	int i;

	for (i = argc - 1; i >= 0; i--) {
		size_t n = strlen(argv[i]) + 1;

		sp -= n;
		mm_write(mm, sp, argv[i], n);
		ptrs[i] = sp;
	}
	ptrs[argc] = 0;
	sp &= ~3UL;
	sp -= (argc + 1) * sizeof(unsigned long);
	mm_write(mm, sp, ptrs, (argc + 1) * sizeof(unsigned long));
	sp -= sizeof(unsigned long);
	mm_write(mm, sp, &(unsigned long){ argc }, sizeof(unsigned long));
	return sp;
}

static int count_args(const char *const argv[])
{
	int argc = 0;
	size_t total = 0;

	for (; argv && argv[argc]; argc++) {
		if (argc == MAX_ARG_COUNT)
			return -E2BIG;
		total += strlen(argv[argc]) + 1;
	}
	return total > PAGE_SIZE ? -E2BIG : argc;
}

int exec_into(struct mm_struct *mm, const char *name,
	      const char *const argv[], struct pt_regs *regs)
{
	const struct usr_program *prog = usr_program_find(name);
	const struct elf32_hdr *h;
	const struct elf32_phdr *ph;
	const char *why;
	int i, err, argc = count_args(argv);

	if (!prog)
		return -ENOENT;
	if (argc < 0)
		return argc;
	why = elf_check(prog->image, prog->size, USER_BASE & PAGE_MASK,
			USER_MMAP_BASE);
	if (why) {
		printk(KERN_ERR "exec: %s: %s\n", name, why);
		return -ENOEXEC;
	}
	h = (const struct elf32_hdr *)prog->image;
	ph = (const struct elf32_phdr *)(prog->image + h->e_phoff);
	for (i = 0; i < h->e_phnum; i++)
		if (ph[i].p_type == PT_LOAD &&
		    (err = exec_map_segment(mm, prog->image, &ph[i])))
			return err;
	err = mm_map_anon(mm, USER_STACK_TOP - USER_STACK_PAGES * PAGE_SIZE,
			  USER_STACK_PAGES * PAGE_SIZE, true);
	if (err)
		return err;
	memset(regs, 0, sizeof(*regs));
	regs->esp = setup_stack(mm, argv, argc);
	regs->eip = h->e_entry;
	regs->cs = __USER_CS;
	regs->ss = regs->ds = regs->es = __USER_DS;
	regs->eflags = X86_EFLAGS_FIXED | X86_EFLAGS_IF | current->thread.iopl;
	return 0;
}

/* Gives current the new address space and a fresh execution state. */
static void exec_switch(struct mm_struct *mm, const char *name)
{
	struct mm_struct *old = current->mm;
	unsigned long flags;

	local_irq_save(flags);
	current->mm = mm;
	switch_mm(old, mm);
	memset(current->thread.tls_array, 0, sizeof(current->thread.tls_array));
	load_TLS(&current->thread, 0);
	fpu_drop(current);
	current->used_math = false;
	strlcpy(current->comm, name, sizeof(current->comm));
	local_irq_restore(flags);
	if (old)
		mm_release(old);
}

int kernel_execve(const char *name, const char *const argv[])
{
	struct mm_struct *mm = mm_alloc();
	struct pt_regs regs;
	int err;

	if (!mm)
		return -ENOMEM;
	err = exec_into(mm, name, argv, &regs);
	if (err) {
		mm_release(mm);
		return err;
	}
	files_init_console(current);
	exec_switch(mm, name);
	*task_pt_regs(current) = regs;
	local_irq_disable();
	ret_to_user(task_pt_regs(current));
}

/* Copies name and argv from user space into kernel buffers. */
static int copy_args(const char *uname, char *const *uargv, char *name,
		     char (*buf)[MAX_ARG_LEN], const char **argv)
{
	int i, n = strncpy_from_user(name, uname, MAX_ARG_LEN);

	if (n < 0)
		return n == -ERANGE ? -ENOENT : n;
	for (i = 0; uargv; i++) {
		char *p;

		if (i == MAX_ARG_COUNT)
			return -E2BIG;
		if (copy_from_user(&p, uargv + i, sizeof(p)))
			return -EFAULT;
		if (!p)
			break;
		n = strncpy_from_user(buf[i], p, MAX_ARG_LEN);
		if (n < 0)
			return n == -ERANGE ? -E2BIG : n;
		argv[i] = buf[i];
	}
	argv[i] = NULL;
	return 0;
}

long sys_exec(const char *uname, char *const *uargv, struct pt_regs *regs)
{
	struct {
		char name[MAX_ARG_LEN];
		char buf[MAX_ARG_COUNT][MAX_ARG_LEN];
		const char *argv[MAX_ARG_COUNT + 1];
		struct pt_regs regs;
	} *k = kmalloc(sizeof(*k));
	struct mm_struct *mm = NULL;
	int err;

	if (!k)
		return -ENOMEM;
	err = copy_args(uname, uargv, k->name, k->buf, k->argv);
	if (!err && !(mm = mm_alloc()))
		err = -ENOMEM;
	if (!err)
		err = exec_into(mm, k->name, k->argv, &k->regs);
	if (!err) {
		exec_switch(mm, k->name);
		*regs = k->regs;
	} else if (mm) {
		mm_release(mm);
	}
	kfree(k);
	return err;
}
