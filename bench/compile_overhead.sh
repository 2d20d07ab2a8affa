#!/bin/bash
# compile_overhead.sh - compile-time cost of smcc over plain cc.
#
# Generates a 2,000-line C file with 10 `#pragma sm parallel for` directives
# and the same file with the directives blanked out, then times
# `smcc -O2 -c` against `cc -O2 -c` on each (CPU time of the command and all
# its children, runs interleaved, median of RUNS).  Targets: <= 1.5x with directives, <= 1.1x without.
#
# usage: bench/compile_overhead.sh [BUILD_DIR] [RUNS]   (default: build 9)
# SMCC_CC chooses the compiler for both sides (default cc).
set -euo pipefail

build=${1:-build}
runs=${2:-9}
smcc=$(cd "$build/bin" && pwd)/smcc
cc=${SMCC_CC:-cc}
work=$(mktemp -d "${TMPDIR:-/tmp}/compile_overhead.XXXXXX")
trap 'rm -rf "$work"' EXIT

# One directive function (7 lines) and one filler function (7 lines).
directive_fn() {
    cat <<C
double reduce_$1(const double *a, long n) {
    double s = 0;
#pragma sm parallel for reduction(+ : s)
    for (long i = 0; i < n; i++)
        s += a[i] * $1.5;
    return s;
}
C
}

filler_fn() {
    cat <<C
long filler_$1(long *v, long n) {
    long acc = $1;
    for (long i = 1; i < n; i++)
        acc = acc * 31 + v[i] * (i ^ $1);
    v[0] = acc;
    return acc > 0 ? acc : -acc;
}
C
}

generate() {
    echo '#include <stdlib.h>'
    echo 'double *make_array(long n) { return calloc((size_t)n, sizeof(double)); }'
    local lines=2 i=0 d=0
    while [ $lines -lt 1995 ]; do
        if [ $((i % 28)) -eq 0 ] && [ $d -lt 10 ]; then
            directive_fn $d
            d=$((d + 1))
        else
            filler_fn $i
        fi
        lines=$((lines + 7))
        i=$((i + 1))
    done
}

generate > "$work/directives.c"
sed 's/^#pragma sm .*$//' "$work/directives.c" > "$work/plain.c"
echo "directives.c: $(wc -l < "$work/directives.c") lines," \
    "$(grep -c '^#pragma sm' "$work/directives.c") directives; plain.c: none"

# time_ms CMD... : CPU time (user + system, children included) of one run,
# in milliseconds; wall time would measure the machine's load as much.
time_ms() {
    local TIMEFORMAT='%3U %3S' t
    t=$({ time "$@" > /dev/null; } 2>&1)
    awk -v t="$t" 'BEGIN { split(t, a, " "); printf "%d\n", (a[1] + a[2]) * 1000 }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# Rows: file, then the smcc options of that row.
rows=("directives" "plain" "directives --sm-private-heap")
for ((k = 0; k < ${#rows[@]}; k++)); do
    : > "$work/$k.cc"
    : > "$work/$k.smcc"
done
for ((r = 0; r < runs; r++)); do
    for ((k = 0; k < ${#rows[@]}; k++)); do
        read -r f opts <<< "${rows[$k]}"
        time_ms "$cc" -O2 -c "$work/$f.c" -o "$work/$f.cc.o" >> "$work/$k.cc"
        # shellcheck disable=SC2086
        time_ms "$smcc" $opts -O2 -c "$work/$f.c" -o "$work/$f.smcc.o" >> "$work/$k.smcc"
    done
done

for ((k = 0; k < ${#rows[@]}; k++)); do
    c=$(median < "$work/$k.cc")
    s=$(median < "$work/$k.smcc")
    awk -v f="${rows[$k]}" -v c="$c" -v s="$s" -v n="$runs" 'BEGIN {
        printf "%-30s cc -O2 -c %5d ms   smcc -O2 -c %5d ms   ratio %.2fx  (median of %d)\n",
               f, c, s, s / c, n }'
done

# The two steps smcc adds, alone: the rewrite and the heap redirection.
smpp=$(dirname "$smcc")/smpp
: > "$work/smpp"
: > "$work/objcopy"
for ((r = 0; r < runs; r++)); do
    time_ms "$smpp" "$work/directives.c" -o "$work/rewritten.c" -- -O2 -I"$build/include" >> "$work/smpp"
    cp "$work/directives.cc.o" "$work/redirect.o"
    time_ms objcopy --redefine-sym malloc=sm_malloc --redefine-sym calloc=sm_calloc \
        --redefine-sym realloc=sm_realloc --redefine-sym free=sm_free \
        --redefine-sym posix_memalign=sm_posix_memalign \
        --redefine-sym aligned_alloc=sm_aligned_alloc "$work/redirect.o" >> "$work/objcopy"
done
echo "smpp alone on directives.c: $(median < "$work/smpp") ms;" \
    "objcopy alone on its object ($(stat -c %s "$work/directives.cc.o") bytes):" \
    "$(median < "$work/objcopy") ms  (median of $runs)"
