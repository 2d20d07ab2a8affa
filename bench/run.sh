#!/bin/sh
# bench/run.sh BUILD_DIR [WORKERS] - runs the sharedmem-vs-OpenMP benchmarks
# (built by `cmake --build BUILD_DIR --target bench`) and prints one table.
# Kernel times are the mean over four code placements of the median of
# KERNEL_RUNS runs at each (default 3), every build at every placement
# taking turns.
set -e
B=${1:?usage: bench/run.sh BUILD_DIR [WORKERS]}
W=${2:-2}
D=$B/bench
RUNS=${KERNEL_RUNS:-3}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export SM_NUM_WORKERS=$W OMP_NUM_THREADS=$W
unset SM_STATS SM_TRACE

echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg), $W workers"

# Three runs of each, alternated; each construct's figure is its median.
# Every row moves with a cache line's round trip between the CPUs, which a
# VM's host may change from one minute to the next: measured around them.
SYNC_RUNS=3
trip_before=$("$B/bin/line_round_trip" 2>/dev/null || echo -)
for i in $(seq $SYNC_RUNS); do
    "$D/syncbench-sm" | grep -v '^#' >>"$T/sync-sm-all"
    "$D/syncbench-omp" | grep -v '^#' >>"$T/sync-omp-all"
done
trip_after=$("$B/bin/line_round_trip" 2>/dev/null || echo -)
median_per_construct() { # in the order of the first run
    awk '{ if (!($1 in count)) order[++m] = $1; v[$1, ++count[$1]] = $2 }
        END {
            for (i = 1; i <= m; i++) {
                c = order[i]; n = count[c]
                for (j = 2; j <= n; j++)
                    for (k = j; k > 1 && v[c, k - 1] > v[c, k]; k--) {
                        t = v[c, k]; v[c, k] = v[c, k - 1]; v[c, k - 1] = t
                    }
                print c, v[c, int((n + 1) / 2)]
            }
        }' "$1"
}
median_per_construct "$T/sync-sm-all" >"$T/sync-sm"
median_per_construct "$T/sync-omp-all" >"$T/sync-omp"
echo
echo "Construct overhead, us per construct (EPCC syncbench method; median of $SYNC_RUNS runs, alternated)"
printf '%-16s %12s %12s %8s\n' construct sharedmem OpenMP ratio
awk '
    function row(name, sm, omp) {
        printf "%-16s %12.3f %12.3f %8s\n", name, sm, omp, (omp > 0 ? sprintf("%.2f", sm / omp) : "-")
    }
    NR == FNR { sm[$1] = $2; next }
    { row($1, sm[$1], $2); omp[$1] = $2 }
    END { if ("reduction" in sm && "for" in sm)
              row("combine", sm["reduction"] - sm["for"], omp["reduction"] - omp["for"]) }' \
    "$T/sync-sm" "$T/sync-omp"
echo "cache-line round trip between two CPUs through shared memory (bench/line_round_trip): $trip_before ns before, $trip_after ns after"

echo
echo "Region entry+exit with the master holding memory, us (wall: median; cpu: mean, master + workers)"
echo "baseline: fork()+waitpid(); worker_reads_*: the master reading the same memory"
printf '%-20s %10s %10s %6s %10s %10s %6s\n' memory sharedmem baseline ratio sm-cpu base-cpu ratio
"$D/regionbench-sm" "$W" | grep -v '^#' | awk '{
    printf "%-20s %10.1f %10.1f %6.2f", $1, $2, $3, $2 / $3
    if ($4 != "-") printf " %10.1f %10.1f %6.2f", $4, $5, ($5 > 0 ? $4 / $5 : 0)
    printf "\n" }'

median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
# Each kernel is built at four code offsets (bench/code_pad.c): where gcc
# puts a loop can move its speed by 2x, and one link is one draw.  Every
# round runs every build at every offset once, so that a change in the
# host's speed falls on all of them alike.
PLACEMENTS="-at0 -at16 -at32 -at48"
run_kernel() { # KERNEL SUFFIX... -> $T/k-BUILD-SUFFIX: "name seconds checksum" lines
    kernel=$1
    shift
    rm -f "$T"/k-*
    for i in $(seq "$RUNS"); do
        for suffix in "$@"; do
            for b in serial sm omp; do "$D/kernels-$b$suffix" "$kernel" >>"$T/k-$b$suffix"; done
        done
    done
}
placement_times() { # BUILD SUFFIX... -> the median of each suffix's runs
    b=$1
    shift
    for suffix in "$@"; do awk '{ print $2 }' "$T/k-$b$suffix" | median; done
}
kernel_time() { placement_times "$@" | awk '{ t += $1 } END { print t / NR }'; }
checksums() { cat "$T/k-$1"* | awk '{ print $3 }' | sort -u; }
echo
echo "Kernels, seconds, -O2: the mean over four code placements of each one's median of $RUNS runs,"
echo "every build at every placement in turn; speedup = serial / time."
echo "matmul-unroll: matmul at one placement, all three builds with -O2 -funroll-loops"
printf '%-14s %8s %10s %8s %9s %9s %11s\n' kernel serial sharedmem OpenMP sm-speed omp-speed sm/omp-time
for k in mandelbrot jacobi jacobi_team matmul matmul-unroll histogram; do
    case $k in
    *-unroll) set -- -unroll ;;
    *) set -- $PLACEMENTS ;;
    esac
    run_kernel "${k%-unroll}" "$@"
    s=$(kernel_time serial "$@")
    m=$(kernel_time sm "$@")
    o=$(kernel_time omp "$@")
    [ $# -eq 1 ] || echo "$k" $(placement_times serial "$@") \
        $(placement_times sm "$@") $(placement_times omp "$@") >>"$T/placed"
    ok=ok
    [ "$(checksums serial)" = "$(checksums sm)" ] || ok="CHECKSUM MISMATCH (sharedmem)"
    [ "$(checksums serial)" = "$(checksums omp)" ] || ok="CHECKSUM MISMATCH (OpenMP)"
    echo "$k $s $m $o" | awk -v ok="$ok" '{
        printf "%-14s %8.3f %10.3f %8.3f %9.2f %9.2f %11.2f", $1, $2, $3, $4, $2 / $3, $2 / $4, $3 / $4
        if (ok != "ok") printf "  %s", ok
        printf "\n" }'
done
echo "The same kernels at each placement (code moved by 0, 16, 32, 48 bytes), median seconds:"
printf '%-12s  %-23s  %-23s  %s\n' kernel serial sharedmem OpenMP
awk '{ printf "%-12s", $1
       for (i = 2; i <= 13; i++) printf "%s%.3f", (i % 4 == 2 ? "  " : " "), $i
       printf "\n" }' "$T/placed"

echo
echo "Code placement: matmul's inner loop at four places in its 64-byte code line, one process, seconds"
"$B/bin/loop_placement" | grep -v '^#' | awk '{ printf "%s %s  ", $1, $2 } END { printf "\n" }'
