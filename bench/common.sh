# Shared helpers for the benchmark scripts: build the native binary, find the kernel's tools, time whole processes.
# Sourced, not run. Every timing is a whole process (start-up included). The two commands of a comparison run
# interleaved (A B A B ...), so drift in the machine's load lands on both alike; each row gives the median and the
# min-max of wall time, CPU time (user+sys), page faults (minor+major) and peak RSS.

set -euo pipefail
BENCH_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SHARED=${SHARED:-$BENCH_ROOT/../shared}
RUNS=${RUNS:-11}
TIME=${TIME_BIN:-/usr/bin/time}
[ -x "$TIME" ] || { echo "bench/ needs GNU time at $TIME (apt-get install time)" >&2; exit 2; }

# The NativeAOT binary, built once into artifacts/native (the shipped form of the tool); ABI_BIN=PATH times another.
abi_native() {
  if [ -n "${ABI_BIN:-}" ]; then echo "$ABI_BIN"; return; fi
  local bin=$BENCH_ROOT/artifacts/native/abi
  if [ ! -x "$bin" ] || [ -n "$(find "$BENCH_ROOT/src" "$BENCH_ROOT/abi" -newer "$bin" \( -name '*.cs' -o -name '*.csproj' -o -path '*/abi/*' \) -print -quit)" ]; then
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

# machine: what the figures were measured on; a figure means little without it.
machine() {
  local cpu cores
  cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
  cores=$(nproc 2>/dev/null || echo "?")
  echo "machine: ${cpu:-unknown CPU}, $cores cores, $(awk '{ printf "%.1f GiB", $2 / 1048576; exit }' /proc/meminfo) RAM, Linux $(uname -r)"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)   runs: $RUNS per command, interleaved"
}

# run_once OUT CMD...: one run of CMD (output discarded, exit status ignored); appends
# "wall_ms cpu_ms faults peak_kib" to the file OUT. Wall time comes from the shell's clock (no fork around it); the
# rest from GNU time, whose own start-up is the same for every command measured.
run_once() {
  local out=$1; shift
  local stats start end
  stats=$(mktemp)
  start=$EPOCHREALTIME
  "$TIME" -f '%U %S %F %R %M' -o "$stats" "$@" >/dev/null 2>&1 || true
  end=$EPOCHREALTIME
  # GNU time writes "Command exited with non-zero status N" first when the command fails: take the last line.
  tail -n 1 "$stats" | awk -v s="$start" -v e="$end" \
    '{ printf "%.3f %.1f %d %d\n", (e - s) * 1000, ($1 + $2) * 1000, $3 + $4, $5 }' >>"$out"
  rm -f "$stats"
}

# stat_of FILE COLUMN: "median min max" of one column of run_once's records.
stat_of() {
  awk -v c="$2" '{ print $c }' "$1" | sort -g | awk '{ a[NR] = $1 } END { printf "%s %s %s\n", a[int((NR + 1) / 2)], a[1], a[NR] }'
}

# describe LABEL FILE: one line with median [min-max] of each measure.
describe() {
  local label=$1 file=$2 w c f m
  read -r -a w < <(stat_of "$file" 1)
  read -r -a c < <(stat_of "$file" 2)
  read -r -a f < <(stat_of "$file" 3)
  read -r -a m < <(stat_of "$file" 4)
  awk -v l="$label" -v w0="${w[0]}" -v w1="${w[1]}" -v w2="${w[2]}" -v c0="${c[0]}" -v c1="${c[1]}" -v c2="${c[2]}" \
      -v f0="${f[0]}" -v f1="${f[1]}" -v f2="${f[2]}" -v m0="${m[0]}" -v m1="${m[1]}" -v m2="${m[2]}" 'BEGIN {
    printf "  %-11s wall %8.1f ms [%7.1f-%7.1f]   cpu %7.0f ms [%5.0f-%5.0f]   faults %7d [%d-%d]   peak %6.1f MiB [%.1f-%.1f]\n",
      l, w0, w1, w2, c0, c1, c2, f0, f1, f2, m0 / 1024, m1 / 1024, m2 / 1024 }'
}

# compare NAME A_CMD... -- B_CMD...: runs A and B once each to warm the page cache, then RUNS times interleaved
# (A B A B ...), and prints the row: each side's medians with min-max, and B's median over A's (the speed-up).
# A_LABEL and B_LABEL name the sides (default abi and get_abi.pl).
compare() {
  local name=$1; shift
  local ours=() theirs=()
  while [ "$1" != "--" ]; do ours+=("$1"); shift; done; shift
  theirs=("$@")
  local a b
  a=$(mktemp); b=$(mktemp)
  "${ours[@]}" >/dev/null 2>&1 || true
  "${theirs[@]}" >/dev/null 2>&1 || true
  for _ in $(seq "$RUNS"); do
    run_once "$a" "${ours[@]}"
    run_once "$b" "${theirs[@]}"
  done
  echo "$name"
  describe "${A_LABEL:-abi}" "$a"
  describe "${B_LABEL:-get_abi.pl}" "$b"
  local wa wb ca cb fa fb ma mb
  read -r wa _ < <(stat_of "$a" 1); read -r wb _ < <(stat_of "$b" 1)
  read -r ca _ < <(stat_of "$a" 2); read -r cb _ < <(stat_of "$b" 2)
  read -r fa _ < <(stat_of "$a" 3); read -r fb _ < <(stat_of "$b" 3)
  read -r ma _ < <(stat_of "$a" 4); read -r mb _ < <(stat_of "$b" 4)
  awk -v wa="$wa" -v wb="$wb" -v ca="$ca" -v cb="$cb" -v fa="$fa" -v fb="$fb" -v ma="$ma" -v mb="$mb" 'function r(x, y) { return x > 0 ? y / x : 0 } BEGIN {
    printf "  %-11s wall %7.2fx   cpu %7.2fx   faults %7.2fx   peak RSS %5.2fx\n", "B / A", r(wa, wb), r(ca, cb), r(fa, fb), r(ma, mb) }'
  rm -f "$a" "$b"
}

header() {
  machine
  echo "each row: median [min-max] of $RUNS runs, A and B interleaved; 'B / A' above 1 means abi is faster or smaller"
}
