/*
 * echo_exit: helper that t_exec runs to see what exec passed it
 *
 * Usage: echo_exit CODE [ARG...].  Writes one line, "argc=N [a0] [a1]
 * ...", to fd 1 (which t_exec points at a pipe) and exits with CODE, so
 * the caller can check both the argument vector and the exit status that
 * wait() reports.  Exits 125 if argv[argc] is not NULL.
 * SPDX-License-Identifier: GPL-2.0
 */
#include <stdio.h>
#include <string.h>

int main(int argc, char *argv[])
{
	char line[200];
	int i, n;

	if (argv[argc] != NULL)
		return 125;
	n = snprintf(line, sizeof(line), "argc=%d", argc);
	for (i = 0; i < argc && n < (int)sizeof(line); i++)
		n += snprintf(line + n, sizeof(line) - n, " [%s]", argv[i]);
	printf("%s\n", line);
	return argc > 1 ? atoi(argv[1]) : 0;
}
