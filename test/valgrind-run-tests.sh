#!/bin/bash
# test/valgrind-run-tests.sh [BUILD_DIR]: compile every run test
# (test/run/*.c) with smcc and run it under valgrind's memcheck, following
# the workers, at the team size its RUN line sets (else 2 workers).  Prints
# one line per test and ends with
# "N passed, N failed": a test fails when memcheck reports an error in any
# of its processes.  Exit statuses are not judged (some tests crash a worker
# on purpose); the lit suite checks those.
B=${1:-build}
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0
for src in "$root"/test/run/*.c; do
    name=$(basename "$src" .c)
    grep -q '^int main' "$src" || continue # a variant built from another test
    "$B/bin/smcc" -g -O0 "$src" -o "$tmp/$name" || { echo "$name: does not compile"; failed=$((failed + 1)); continue; }
    # The team size the test's own RUN line asks for (a test that crashes
    # worker 2 waits forever with fewer), else 2.
    workers=$(grep -o 'SM_NUM_WORKERS=[0-9]*' "$src" | head -n 1 | cut -d= -f2)
    SM_NUM_WORKERS=${workers:-2} PIDS=/dev/null timeout 600 valgrind --trace-children=yes \
        --log-file="$tmp/$name.%p.log" "$tmp/$name" >/dev/null 2>&1 </dev/null
    errors=$(cat "$tmp/$name".*.log | grep -c "ERROR SUMMARY: [1-9]")
    if [ "$errors" = 0 ]; then
        passed=$((passed + 1))
        echo "$name: clean"
    else
        failed=$((failed + 1))
        echo "$name: memcheck errors"
        cat "$tmp/$name".*.log
    fi
done
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
