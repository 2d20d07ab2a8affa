/* Directive macros for the tests that include this header. */
#define SM_PARALLEL_FOR_SUM _Pragma("sm parallel for reduction(+:sum)")
#define SM_IN_PARALLEL(stmt) _Pragma("sm parallel") stmt
