/*
 * Process helpers built on fork, exec and wait
 *
 * Used by init (spawning tests and the demo) and by the test programs
 * (running a function in a child and judging how it died).  wait() in
 * pv386 takes any dead child, and init also inherits orphans, so
 * wait_for() loops until the child it wants is the one collected.
 * usr/lib/process.c.
 * SPDX-License-Identifier: GPL-2.0
 */
#ifndef _USR_PROCESS_H
#define _USR_PROCESS_H

#include <types.h>

/* Wait until child pid is dead; its pid, or a negated errno. */
int wait_for(int pid, int *status);
/* fork + exec(name, argv); the child's pid, or a negated errno. */
int spawn(const char *name, char *const argv[]);
/*
 * Run fn(arg) in a child that exits with its result; the wait status,
 * or a negated errno if fork or wait failed.
 */
int run_child(int (*fn)(void *), void *arg);
/* "exited 3" or "killed by signal 11", into buf. */
const char *wait_status_str(int status, char *buf, size_t size);

/* Exit status a spawned child uses when exec() fails. */
#define EXIT_EXEC_FAILED	127

#endif /* _USR_PROCESS_H */
