#!/bin/sh
# Installs the Debian packages the build and the test suite need, when any is
# missing.  As root it runs apt-get; otherwise it prints the exact command.
set -e
# python3-psutil lets lit enforce its per-test time limit (test/lit.cfg.py);
# pkgconf is for the pkg-config test of the installed tree; libomp-14-dev
# gives libclang an <omp.h> for programs of the OpenMP back end (gcc's own
# omp.h uses attributes clang rejects).
PKGS="cmake make gcc clang libclang-14-dev llvm-14-tools python3 python3-psutil binutils pkgconf libomp-14-dev"
missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
        missing="$missing $p"
done
[ -z "$missing" ] && exit 0
cmd="apt-get install -y --no-install-recommends$missing"
if [ "$(id -u)" != 0 ]; then
    echo "sharedmem: missing packages:$missing" >&2
    echo "run as root: apt-get update && $cmd" >&2
    exit 1
fi
echo "sharedmem: installing$missing" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
$cmd
