/* A directive macro, found through -I or -include. */
#define SM_PARALLEL_FOR _Pragma("sm parallel for")
