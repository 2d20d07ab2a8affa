/* launcher.c - recognising "smcc gcc -c a.c" (launcher mode, like ccache). */
#include "launcher.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

static const char *const input_suffixes[] = {
    ".c", ".h", ".i", ".s", ".S", ".o", ".obj", ".a", ".so", ".lo", ".la", ".sm.c", NULL,
};

static int has_input_suffix(const char *word) {
    for (const char *const *s = input_suffixes; *s; s++)
        if (has_suffix(word, *s))
            return 1;
    return strstr(path_base(word), ".so.") != NULL;
}

int is_compiled_input(const char *path) {
    static const char *const suffixes[] = {".i",  ".s",  ".S",   ".sx",  ".h",   ".ii",
                                           ".cc", ".cp", ".cxx", ".cpp", ".c++", ".C",
                                           ".hh", ".m",  ".mm",  NULL};
    for (const char *const *s = suffixes; *s; s++)
        if (has_suffix(path, *s))
            return 1;
    return 0;
}

int is_compiler_word(const char *word) {
    if (word[0] == '-' || word[0] == '@' || word[0] == '\0' || has_input_suffix(word))
        return 0;
    return strchr(word, '/') ? is_executable_file(word) : find_in_path(word, NULL) != NULL;
}
