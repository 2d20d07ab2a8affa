/* omp_abi.c - what sharedmem_abi.h makes every program reference.
 *
 * Threads share every global, so there is nothing to set up: the anchor only
 * has to exist. */
char __sm_shared_globals_anchor;
