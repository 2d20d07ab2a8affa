/* launcher.h - recognising "smcc gcc -c a.c" (launcher mode, like ccache). */
#ifndef SMCC_LAUNCHER_H
#define SMCC_LAUNCHER_H

/* Nonzero if word names a compiler rather than an option or an input file:
 * not an option, no source or object suffix, and an executable (a path, or
 * a name found in PATH). */
int is_compiler_word(const char *word);

/* Nonzero for a non-C input that -c, -S or -E compile (assembly,
 * preprocessed C, headers, other languages); gcc gives any other name to
 * the linker. */
int is_compiled_input(const char *path);

#endif /* SMCC_LAUNCHER_H */
