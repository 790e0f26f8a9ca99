#!/usr/bin/env bash
# abi diff on two whole kernel trees (linux-6.1 → linux-6.12), timed as whole processes. The kernel has no tool that
# does this; GNU `diff -r` of the same two folders (text only: no levels, no renames, no rules) is the yardstick.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
OLD=$SHARED/corpus/linux-6.1/ABI
NEW=$SHARED/corpus/linux-6.12/ABI
ABI=$(abi_native)

header
export B_LABEL="diff -r"
compare "diff 6.1 → 6.12 (all changes)" "$ABI" diff "$OLD" "$NEW" -- diff -r "$OLD" "$NEW"
compare "diff 6.1 → 6.12 --rules-only" "$ABI" diff "$OLD" "$NEW" --rules-only -- diff -rq "$OLD" "$NEW"
compare "diff 6.1 → 6.12 --no-renames" "$ABI" diff "$OLD" "$NEW" --no-renames --rules-only -- diff -rq "$OLD" "$NEW"
