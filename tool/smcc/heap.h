/*
 * heap.h - the shared-heap redirection of compiled objects.
 *
 * Calls to the malloc family in the user's objects are renamed to the sm_
 * versions at the symbol level (objcopy --redefine-sym), so memory from
 * malloc in user code is visible to every worker.
 */
#ifndef SMCC_HEAP_H
#define SMCC_HEAP_H

/* Redirects the malloc family in object (skipped when the object names none
 * of them).  Returns the failing step's exit status or 0. */
int redirect_heap(const char *object, int run_flags);

#endif /* SMCC_HEAP_H */
