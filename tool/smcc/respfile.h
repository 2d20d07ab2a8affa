/* respfile.h - @file arguments, read the way gcc reads them. */
#ifndef SMCC_RESPFILE_H
#define SMCC_RESPFILE_H

/* Replaces each @file argument by the arguments the file holds, nested
 * @file included; an @file that cannot be read stays as it is, as with
 * gcc.  Returns 0, or 1 after a message if the files nest without end. */
int expand_response_files(int *argc, char ***argv);

#endif /* SMCC_RESPFILE_H */
