/* Host-side fuzzing: <linux/kernel.h> from libc (see string.h here). */
#include <stdio.h>
#include <linux/string.h>
