#!/bin/bash
# run-deaths.sh PROGRAM CONSTRUCT: run Inputs/die-in.c's PROGRAM at 2 and 4
# workers, once for each way a worker can die, and print for each run the
# team size, the way, the exit status, how many processes recorded their
# pid, what the program wrote to stderr, and any of those processes still
# alive afterwards (there must be none).
prog=$1 construct=$2
# Under ASan its handler would catch SIGSEGV, SIGBUS and SIGFPE and exit(1)
# (runtime/death-sanitizer-report.c); let the signals kill the worker.
export ASAN_OPTIONS=handle_segv=0:handle_sigbus=0:handle_sigfpe=0
for n in 2 4; do
    for how in segv bus fpe kill abort exit; do
        pids=$(mktemp)
        SM_NUM_WORKERS=$n timeout 10 "$prog" "$construct" "$how" "$pids" 2>"$pids.err"
        status=$?
        echo "workers=$n how=$how status=$status pids=$(wc -l <"$pids")"
        cat "$pids.err"
        sleep 0.1
        for p in $(cat "$pids"); do
            kill -0 "$p" 2>/dev/null && echo "left alive: $p"
        done
        rm -f "$pids" "$pids.err"
    done
done
echo end
