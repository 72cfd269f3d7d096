/*
 * Instruction decoder (hv/core/decode.c) test cases, assembled by gas
 *
 * Each I line assembles one instruction and records, in the section
 * hv_decode_cases, the name the decoder should give it (decode_name())
 * and where gas put its bytes: the assembler, not the decoder, says how
 * long each instruction is.  tests/unit/hv_decode_test.c walks the
 * records between __start_hv_decode_cases and __stop_hv_decode_cases.
 * SPDX-License-Identifier: GPL-2.0
 */
	.macro I name:req, insn:vararg
	.pushsection .rodata.hv_decode_names, "a"
9:	.asciz "\name"
	.popsection
	.pushsection hv_decode_cases, "a"
	.long 9b, 1f, 2f
	.popsection
1:	\insn
2:
	.endm

	.section .rodata.hv_decode_insns, "a"
	.code32
/* port I/O */
	I in, in $0x60, %al
	I in, in $0x60, %ax
	I in, in $0x60, %eax
	I in, in (%dx), %al
	I in, in (%dx), %ax
	I in, in (%dx), %eax
	I out, out %al, $0x80
	I out, out %ax, $0x80
	I out, out %eax, $0x80
	I out, out %al, (%dx)
	I out, out %ax, (%dx)
	I out, out %eax, (%dx)
	I ins, insb
	I ins, insw
	I ins, insl
	I ins, rep insl
	I outs, outsb
	I outs, rep outsw
	I outs, outsl %fs:(%esi), (%dx)
/* interrupts and flags */
	I cli, cli
	I sti, sti
	I hlt, hlt
	I pushf, pushf
	I pushf, pushfw
	I popf, popf
	I popf, popfw
	I iret, iret
	I iret, iretw
	I int, int $0x80
	I int3, int3
	I into, into
	I int1, int1
/* descriptor tables and system registers */
	I lgdt, lgdt (%eax)
	I lgdt, lgdt 0x1234(%ebx,%ecx,4)
	I lidt, lidt 0x12345678
	I sgdt, sgdt -4(%ebp)
	I sidt, sidt (%esp)
	I lldt, lldt %ax
	I lldt, lldt (%eax)
	I sldt, sldt %eax
	I sldt, sldt (%ebx)
	I ltr, ltr %ax
	I ltr, ltr 4(%esp)
	I str, str %eax
	I lmsw, lmsw %ax
	I lmsw, lmsw (%ecx)
	I smsw, smsw %eax
	I smsw, smsw (%edx)
	I invlpg, invlpg (%eax)
	I invlpg, invlpg 0x10(%esp)
	I invlpg, invlpg 0x12345678(,%edi,8)
	I verr, verr %ax
	I verw, verw (%eax)
	I "mov from cr", mov %cr0, %eax
	I "mov to cr", mov %eax, %cr0
	I "mov from cr", mov %cr2, %ecx
	I "mov from cr", mov %cr3, %edx
	I "mov to cr", mov %ebx, %cr3
	I "mov from cr", mov %cr4, %esi
	I "mov to cr", mov %edi, %cr4
	I "mov from dr", mov %db7, %eax
	I "mov to dr", mov %eax, %db7
	I "mov to dr", mov %esi, %db0
	I clts, clts
	I invd, invd
	I wbinvd, wbinvd
	I wrmsr, wrmsr
	I rdmsr, rdmsr
	I rdtsc, rdtsc
	I rdtscp, rdtscp
	I rdpmc, rdpmc
	I cpuid, cpuid
	I sysenter, sysenter
	I sysexit, sysexit
/* segments */
	I "far jmp", ljmp $0x10, $0x12345678
	I "far jmp", ljmpw $0x10, $0x1234
	I "far call", lcall $0x8, $0x100
	I "far jmp", ljmp *(%eax)
	I "far jmp", ljmp *0x10(%ebx)
	I "far call", lcall *(%eax,%ebx,2)
	I retf, lret
	I retf, lret $8
	I "mov to sreg", mov %eax, %ds
	I "mov to sreg", mov (%eax), %ss
	I "mov to sreg", mov %ax, %es
	I "mov to sreg", mov %ecx, %fs
	I "mov to sreg", mov 0x100(%edx), %gs
	I "mov from sreg", mov %ds, %eax
	I "mov from sreg", mov %cs, (%ebx)
	I "mov from sreg", mov %ss, %ax
	I "pop sreg", pop %ds
	I "pop sreg", pop %es
	I "pop sreg", pop %ss
	I "pop sreg", pop %fs
	I "pop sreg", pop %gs
	I "push sreg", push %cs
	I "push sreg", push %ds
	I "push sreg", push %fs
	I "push sreg", push %gs
	I lss, lss (%eax), %esp
	I lds, lds 4(%eax), %esi
	I les, les (%ebx), %edi
	I lfs, lfs (%ecx), %eax
	I lgs, lgs 8(%edx), %ebx
	I lss, lssw (%eax), %sp
/* everything else: only the length matters */
	I other, nop
	I other, mov $1, %eax
	I other, mov %eax, 0x12345678
	I other, movl $0x12345678, 0x10(%esp,%ecx,8)
	I other, movl $0x12345678, 0x10000(%esp,%ecx,8)
	I other, add $1, %eax
	I other, addl $0x100, (%eax)
	I other, addw $0x100, (%eax)
	I other, lea 0x0(%esi,%ebx,1), %esi
	I other, lock incl (%eax)
	I other, lock cmpxchg %ecx, (%edx)
	I other, lock cmpxchg8b (%esi)
	I other, lock btsl $3, (%eax)
	I other, xchg %eax, (%ebx)
	I other, enter $0x10, $1
	I other, ret $4
	I other, call .
	I other, jmp .
	I other, jmp .+0x1000
	I other, je .
	I other, jne .+0x1000
	I other, jecxz .
	I other, loop .
	I other, mov (%bx,%si), %eax
	I other, mov 0x1234(%bp,%di), %eax
	I other, mov 0x12(%bp), %eax
	I other, movw $0x1234, %ax
	I other, mov 0x11223344, %al
	I other, mov %eax, 0x11223344
	I other, addr16 mov 0x1122, %eax
	I other, movsb
	I other, rep movsl
	I other, repne scasb
	I other, fninit
	I other, fldl (%eax)
	I other, fstp %st(1)
	I other, movaps %xmm0, %xmm1
	I other, pshufd $1, %xmm0, %xmm1
	I other, pshufb %xmm2, %xmm3
	I other, palignr $3, 0x10(%eax), %xmm1
	I other, cmove %ecx, %edx
	I other, setne %al
	I other, bswap %ecx
	I other, xadd %eax, (%ecx)
	I other, btl $3, (%eax)
	I other, shld $4, %eax, %ebx
	I other, imul $100, %eax, %ebx
	I other, imul $1000, %eax, %ebx
	I other, test $0x11, %al
	I other, testl $0x1234, (%eax)
	I other, testb $1, (%eax)
	I other, testw $1, (%eax)
	I other, notl (%eax)
	I other, mulb %cl
	I other, push $1
	I other, push $0x12345678
	I other, pushw $0x1234
	I other, bound %eax, (%ebx)
	I other, arpl %ax, (%ebx)
	I other, aam
	I other, aad $10
	I other, xlat
	I other, movzwl %ss:(%eax), %eax
	I other, mov %fs:0x10, %eax
	I other, mov %gs:(%ebx,%esi,1), %ecx
	I other, pause
	I other, prefetcht0 (%eax)
	I other, nopw 0x0(%eax,%eax,1)
	I other, sfence
	I other, fxsave (%eax)
	I other, popl (%eax)
	I other, movb $1, (%eax)
	I other, movl $1, (%eax)
	I other, incb (%eax)
	I other, call *%eax
	I other, jmp *0x10(%ebx)
	I other, push 0x10(%ebp)
	I other, cmpxchg %cl, (%edx)
	I other, rol $3, %eax
	I other, shrl %cl, (%edx)
	I other, sahf
	I other, cwtl
	I other, leave
	I other, vmcall
	I other, monitor
	I other, syscall

	.section .note.GNU-stack, "", @progbits
