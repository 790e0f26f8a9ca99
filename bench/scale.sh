#!/usr/bin/env bash
# Scale benchmark: abi undefined on a generated snapshot of NODES nodes with ENTRIES generated entries, then on one
# twice as large. Prints time and peak memory of each, and the ratio (target: <= 10 s, <= 1 GiB, ratio <= 2.2).
# Usage: bench/scale.sh [NODES] [ENTRIES]        (defaults 1000000 50000; writes to ${SCALE_DIR:-/tmp/abitool-scale})
source "$(dirname "$0")/common.sh"
NODES=${1:-1000000}
ENTRIES=${2:-50000}
DIR=${SCALE_DIR:-/tmp/abitool-scale}
ABI=$(abi_native)

run() {  # run N E: generate (once) and time abi undefined; prints "seconds peak-MiB undocumented"
  local n=$1 e=$2 out=$DIR/$1-$2
  [ -f "$out/sysfs.tar" ] || python3 "$(dirname "$0")/generate.py" "$n" "$e" "$out" >&2
  local best=""
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$out/time" "$ABI" undefined --dir "$out/abi" --sysfs "$out/sysfs.tar" >"$out/undefined" 2>/dev/null
    read -r secs kb <"$out/time"
    if [ -z "$best" ] || awk -v a="$secs" -v b="${best%% *}" 'BEGIN{exit !(a<b)}'; then best="$secs $((kb / 1024))"; fi
  done
  echo "$best $(grep -c ' not found\.$' "$out/undefined")"
}

read -r t1 m1 u1 < <(run "$NODES" "$ENTRIES")
read -r t2 m2 u2 < <(run $((NODES * 2)) "$ENTRIES")
printf '%-28s %10s %10s %14s\n' "tree (best of 3)" "seconds" "peak MiB" "undocumented"
printf '%-28s %10s %10s %14s\n' "$NODES nodes, $ENTRIES entries" "$t1" "$m1" "$u1"
printf '%-28s %10s %10s %14s\n' "$((NODES * 2)) nodes, $ENTRIES entries" "$t2" "$m2" "$u2"
awk -v a="$t1" -v b="$t2" 'BEGIN { printf "doubling the tree multiplies the time by %.2f\n", b / a }'
