/* fixup.h - replacing the rewritten file's name in what cc wrote. */
#ifndef SMCC_FIXUP_H
#define SMCC_FIXUP_H

/* Copies file in to file out (may be the same file; NULL or "-":
 * standard output)
 * with every occurrence of from replaced by to.  0, or -1 (reported). */
int replace_in_file(const char *in, const char *out, const char *from, const char *to);

#endif /* SMCC_FIXUP_H */
