/*
 * code_pad.c - SM_CODE_PAD bytes of padding, linked before a benchmark's
 * own objects so that all their code sits that many bytes further on.
 *
 * How fast a loop runs can depend on where it sits in its 64-byte code
 * line (bench/loop_placement.c: gcc -O2's matmul loop by up to 2.7x), and
 * where a build puts it is an accident of everything linked before it.
 * bench/run.sh therefore times each kernel at the four 16-byte offsets and
 * reports the mean, which is what a user should expect of a build, instead
 * of whichever offset one link happened to give.  Functions and loops are
 * aligned to at most 16 bytes at -O2, so a shift by a multiple of 16 moves
 * every loop and changes nothing else.
 */
#ifndef SM_CODE_PAD
#error "build with -DSM_CODE_PAD=BYTES"
#endif
#define SM_STRINGIFY(x) #x
#define SM_EXPAND_STRINGIFY(x) SM_STRINGIFY(x)

__asm__(".text\n\t.balign 16\n\t.fill " SM_EXPAND_STRINGIFY(SM_CODE_PAD) ", 1, 0xcc\n");
