#!/usr/bin/env bash
# abi undefined against the kernel's get_abi.pl undefined on this machine's live /sys, with the 6.12 ABI tree.
# Usage: bench/undefined.sh [ABI_DIR] [SYSFS_ROOT]   (RUNS=N to change the number of runs)
source "$(dirname "$0")/common.sh"

TREE=$(realpath "${1:-$SHARED/corpus/linux-6.12/ABI}")
SYSFS=${2:-/sys}
[ -d "$TREE" ] || { echo "no ABI tree at $TREE" >&2; exit 2; }
case "$TREE" in */.*) echo "get_abi.pl cannot read a tree below a dot-folder: $TREE" >&2; exit 2;; esac
ABI=$(abi_native)
PL=$(get_abi_pl)

header
echo "tree: $TREE   sysfs: $SYSFS   ($(find "$SYSFS" -xdev 2>/dev/null | wc -l) nodes)"
echo "undocumented files: abi $("$ABI" undefined --dir "$TREE" --sysfs "$SYSFS" 2>/dev/null | grep -c ' not found\.$'), get_abi.pl $(perl "$PL" --dir "$TREE" undefined 2>/dev/null | grep -c ' not found\.$')"
# get_abi.pl undefined always walks /sys; abi gets the same root explicitly.
compare "undefined" "$ABI" undefined --dir "$TREE" --sysfs "$SYSFS" -- perl "$PL" --dir "$TREE" undefined
