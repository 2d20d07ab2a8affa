#!/bin/sh
# make demo: compile the examples with smcc and run each with one worker and
# with every CPU, printing each result and its wall time.
set -e
BUILD=${1:-build}
SMCC="$BUILD/bin/smcc"
OUT="$BUILD/examples"
CPUS=$(nproc)
mkdir -p "$OUT"

wall() { # prints the wall time of a command in seconds
    start=$(date +%s.%N)
    "$@"
    end=$(date +%s.%N)
    echo "  wall time: $(echo "$end - $start" | awk '{ printf "%.3f s", $1 - $3 }')"
}

run() { # run NAME ARGS...: with 1 worker, then with all CPUs
    name=$1
    shift
    for n in 1 "$CPUS"; do
        echo "== $name, $n worker(s)"
        SM_NUM_WORKERS=$n wall "$OUT/$name" "$@"
    done
}

for src in examples/*.c; do
    name=$(basename "$src" .c)
    echo "smcc -O2 $src -o $OUT/$name"
    "$SMCC" -O2 -Wall -Wextra "$src" -o "$OUT/$name" -lm
done

run mandelbrot 1200 "$OUT/mandelbrot.pgm"
run pi
[ -x "$OUT/wordfreq" ] && run wordfreq README.md docs/*.md
[ -x "$OUT/argsort" ] && run argsort
echo "image: $OUT/mandelbrot.pgm"
