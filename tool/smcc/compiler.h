/* compiler.h - which program is the real compiler. */
#ifndef SMCC_COMPILER_H
#define SMCC_COMPILER_H

/* The program to run for the compiler named cc (SMCC_CC, --sm-cc=, the
 * launcher word, or "cc"): cc, or the next one in PATH if cc is smcc
 * itself.  NULL, with a message, if there is none or if smcc is being run
 * by the compiler it ran. */
const char *real_compiler(const char *cc);

#endif /* SMCC_COMPILER_H */
