# Shared helpers for the benchmark scripts: build the native binary, find the kernel's tools, time whole processes.
# Sourced, not run. Every timing is a whole process (start-up included), repeated, and reported as the median.

set -euo pipefail
BENCH_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SHARED=${SHARED:-$BENCH_ROOT/../shared}
RUNS=${RUNS:-11}

# The NativeAOT binary, built once into artifacts/native (the shipped form of the tool).
abi_native() {
  local bin=$BENCH_ROOT/artifacts/native/abi
  if [ ! -x "$bin" ] || [ -n "$(find "$BENCH_ROOT/src" -newer "$bin" -name '*.cs' -print -quit)" ]; then
    echo "building the NativeAOT binary..." >&2
    dotnet publish "$BENCH_ROOT/src/AbiTool" -c Release -r linux-x64 -p:PublishAot=true -o "$BENCH_ROOT/artifacts/native" >/dev/null
  fi
  echo "$bin"
}

# The kernel's get_abi.pl, unpacked by ../shared/tools/kernel-anchor.sh (downloads Debian's linux-source once).
get_abi_pl() {
  local anchor=${ANCHOR:-$HOME/.cache/abitool-anchor}
  if [ ! -f "$anchor/linux-6.12/scripts/get_abi.pl" ]; then
    echo "unpacking get_abi.pl with kernel-anchor.sh..." >&2
    bash "$SHARED/tools/kernel-anchor.sh" "$anchor" >/dev/null
  fi
  echo "$anchor/linux-6.12/scripts/get_abi.pl"
}

# kernel_tree [DIR]: the ABI tree to time (default: 6.12 from ../shared), as a canonical path. get_abi.pl skips every
# file whose full path contains "/." (meant for hidden files), so "/work/x/../shared" or a tree under ~/.cache would
# read as empty: it gets the canonical path, and a tree below a dot-folder is refused.
kernel_tree() {
  local tree=${1:-$SHARED/corpus/linux-6.12/ABI}
  [ -d "$tree" ] || { echo "no ABI tree at $tree (pass one, or put ../shared beside the checkout)" >&2; exit 2; }
  tree=$(realpath "$tree")
  case "$tree" in */.*) echo "get_abi.pl cannot read a tree below a dot-folder: $tree" >&2; exit 2;; esac
  echo "$tree"
}

# median_ms CMD...: runs CMD $RUNS times (output discarded, exit status ignored) and prints the median in ms.
median_ms() {
  local times=() start end
  "$@" >/dev/null 2>&1 || true   # warm the page cache first
  for _ in $(seq "$RUNS"); do
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "%.1f\n", a[int((NR + 1) / 2)] / 1000 }'
}

# compare NAME OURS_CMD -- THEIRS_CMD: one table row with both medians and the ratio.
compare() {
  local name=$1; shift
  local ours=() theirs=()
  while [ "$1" != "--" ]; do ours+=("$1"); shift; done; shift
  theirs=("$@")
  local a b
  a=$(median_ms "${ours[@]}")
  b=$(median_ms "${theirs[@]}")
  awk -v n="$name" -v a="$a" -v b="$b" 'BEGIN { printf "%-34s %10.1f %12.1f %8.1fx\n", n, a, b, b / a }'
}

header() {
  printf '%-34s %10s %12s %9s\n' "benchmark (median of $RUNS runs)" "abi ms" "kernel ms" "speed-up"
}
