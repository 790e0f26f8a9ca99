#!/usr/bin/env bash
# Two builds of abi on the same command, interleaved: the paired benchmark for keeping (or dropping) a change.
# Usage: bench/ab.sh OLD_BINARY NEW_BINARY ARGS...   e.g. bench/ab.sh /tmp/abi-before artifacts/native/abi validate --dir DIR
#        (RUNS=N to change the number of runs; 'B / A' above 1 means the new build is faster or smaller)
source "$(dirname "$0")/common.sh"
[ $# -ge 3 ] || { echo "usage: bench/ab.sh OLD_BINARY NEW_BINARY ARGS..." >&2; exit 2; }
OLD=$1 NEW=$2; shift 2
header
# A is the new build, so that 'B / A' reads as the speed-up the change brings.
A_LABEL="new" B_LABEL="old" compare "abi $*" "$NEW" "$@" -- "$OLD" "$@"
