#!/usr/bin/env bash
# abi validate and abi search against the kernel's get_abi.pl on the real 6.12 ABI tree.
# Usage: bench/validate-search.sh [ABI_DIR]   (RUNS=N to change the number of runs)
source "$(dirname "$0")/common.sh"

TREE=$(kernel_tree "${1:-}")
ABI=$(abi_native)
PL=$(get_abi_pl)

header
echo "tree: $TREE"
compare "validate" "$ABI" validate --dir "$TREE" -- perl "$PL" --dir "$TREE" validate
# get_abi.pl search matches What strings only; --what-only asks the same question.
compare "search target_node (What only)" "$ABI" search target_node --what-only --dir "$TREE" -- perl "$PL" --dir "$TREE" search target_node
compare "search target_node (+Description)" "$ABI" search target_node --dir "$TREE" -- perl "$PL" --dir "$TREE" search target_node
compare "search '.' (every entry printed)" "$ABI" search . --what-only --dir "$TREE" -- perl "$PL" --dir "$TREE" search .
