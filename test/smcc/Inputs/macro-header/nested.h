/* Found beside the source; includes the directive macro with <...>. */
#include <directive-macro.h>
