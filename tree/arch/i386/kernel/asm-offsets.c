/*
 * Generate assembler offsets (asm-offsets.h) from C structures
 *
 * Compiled to assembly, never linked: each DEFINE() leaves a marker that
 * the Makefile turns into a #define.  entry.S and head.S take every
 * structure offset they use from here, never from hand-copied numbers.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <linux/stddef.h>
#include <linux/sched.h>
#include <asm/ptrace.h>
#include <asm/processor.h>

#define DEFINE(sym, val) \
	__asm__ __volatile__("\n->" #sym " %0 " #val : : "i"(val))
#define OFFSET(sym, str, mem)	DEFINE(sym, offsetof(struct str, mem))

void asm_offsets(void);
void asm_offsets(void)
{
	OFFSET(PT_EBX, pt_regs, ebx);
	OFFSET(PT_ECX, pt_regs, ecx);
	OFFSET(PT_EDX, pt_regs, edx);
	OFFSET(PT_ESI, pt_regs, esi);
	OFFSET(PT_EDI, pt_regs, edi);
	OFFSET(PT_EBP, pt_regs, ebp);
	OFFSET(PT_EAX, pt_regs, eax);
	OFFSET(PT_DS, pt_regs, ds);
	OFFSET(PT_ES, pt_regs, es);
	OFFSET(PT_FS, pt_regs, fs);
	OFFSET(PT_GS, pt_regs, gs);
	OFFSET(PT_VECTOR, pt_regs, vector);
	OFFSET(PT_ERROR_CODE, pt_regs, error_code);
	OFFSET(PT_EIP, pt_regs, eip);
	OFFSET(PT_CS, pt_regs, cs);
	OFFSET(PT_EFLAGS, pt_regs, eflags);
	OFFSET(PT_OLDESP, pt_regs, esp);
	OFFSET(PT_OLDSS, pt_regs, ss);
	DEFINE(PT_SIZE, sizeof(struct pt_regs));

	OFFSET(TSS_esp0, tss_struct, x86_tss.esp0);
	OFFSET(TASK_thread_esp, task_struct, thread.esp);
	DEFINE(THREAD_SIZE_asm, THREAD_SIZE);
}
