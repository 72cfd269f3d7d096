/* Host-side fuzzing: <linux/stdarg.h> from libc (see string.h here). */
#include <stdarg.h>
