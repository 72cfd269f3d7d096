/*
 * hello: the demonstration program init runs first
 *
 * Exec'd by init's demo (and by t_exec-style tests) from the embedded
 * program table; prints a greeting, its pid and its argv, and exits 0.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <stdio.h>
#include <syscall.h>

int main(int argc, char *argv[])
{
	int i;

	printf("  Hello, world!  I am pid %d, argc %d:", getpid(), argc);
	for (i = 0; i < argc; i++)
		printf(" \"%s\"", argv[i]);
	printf("\n");
	return 0;
}
