#!/usr/bin/env bash
# abi rest against the kernel's get_abi.pl rest on the real 6.12 ABI tree, run as the kernel's Sphinx extension runs
# it (rest --enable-lineno --dir DIR [--rst-source]): once per level page, and once for the whole tree.
# Usage: bench/rest.sh [ABI_DIR]   (RUNS=N to change the number of runs)
source "$(dirname "$0")/common.sh"

TREE=$(kernel_tree "${1:-}")
ABI=$(abi_native)
PL=$(get_abi_pl)

# Both must really write a book: a tool that read nothing would be fast too.
ours=$("$ABI" rest --enable-lineno --dir "$TREE/testing" --rst-source | grep -c '^\.\. _abi_' || true)
theirs=$(perl "$PL" rest --enable-lineno --dir "$TREE/testing" --rst-source 2>/dev/null | grep -c '^\.\. _abi_' || true)
header
echo "tree: $TREE (testing labels: abi $ours, get_abi.pl $theirs)"
[ "$ours" -gt 1000 ] && [ "$theirs" -gt 1000 ] || { echo "one of the tools wrote no book" >&2; exit 1; }

for level in stable testing obsolete removed; do
  compare "rest $level (as abi-$level.rst)" "$ABI" rest --enable-lineno --dir "$TREE/$level" --rst-source \
    -- perl "$PL" rest --enable-lineno --dir "$TREE/$level" --rst-source
done
compare "rest (whole tree)" "$ABI" rest --enable-lineno --dir "$TREE" -- perl "$PL" rest --enable-lineno --dir "$TREE"
