#!/usr/bin/env bash
# Scale benchmark: abi undefined on a generated snapshot of NODES nodes with ENTRIES generated entries (A), and on one
# twice as large (B), interleaved. Targets: A and B <= 10 s and <= 1 GiB; B's time over A's (the doubling) <= 2.2.
# Usage: bench/scale.sh [NODES] [ENTRIES]   (defaults 1000000 50000; SCALE_RUNS=N runs each, default 3;
#        writes to ${SCALE_DIR:-/tmp/abitool-scale})
source "$(dirname "$0")/common.sh"
NODES=${1:-1000000}
ENTRIES=${2:-50000}
DIR=${SCALE_DIR:-/tmp/abitool-scale}
RUNS=${SCALE_RUNS:-3}
ABI=$(abi_native)

snapshot() {  # snapshot N E: generates (once) the tree and snapshot of N nodes, E entries; prints its folder
  local out=$DIR/$1-$2
  [ -f "$out/sysfs.tar" ] || python3 "$(dirname "$0")/generate.py" "$1" "$2" "$out" >&2
  echo "$out"
}
small=$(snapshot "$NODES" "$ENTRIES")
large=$(snapshot $((NODES * 2)) "$ENTRIES")
undocumented() { "$ABI" undefined --dir "$1/abi" --sysfs "$1/sysfs.tar" 2>/dev/null | grep -c ' not found\.$' || true; }

header
echo "A: $NODES nodes, $ENTRIES entries ($(undocumented "$small") undocumented)"
echo "B: $((NODES * 2)) nodes, $ENTRIES entries ($(undocumented "$large") undocumented)"
A_LABEL="$NODES" B_LABEL="$((NODES * 2))" compare "abi undefined on a .tar snapshot ('B / A' wall is the doubling)" \
  "$ABI" undefined --dir "$small/abi" --sysfs "$small/sysfs.tar" -- "$ABI" undefined --dir "$large/abi" --sysfs "$large/sysfs.tar"
