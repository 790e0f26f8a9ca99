#!/usr/bin/env bash
# Start-up: `abi --version` against a NativeAOT hello world built with the same settings (bench/hello), interleaved.
# What abi spends above the hello world is its own start-up: command-line model, static initialisers, runtime set-up.
# Usage: bench/startup.sh   (RUNS=N to change the number of runs; default 31, each run takes milliseconds)
source "$(dirname "$0")/common.sh"
RUNS=${STARTUP_RUNS:-$(( RUNS > 31 ? RUNS : 31 ))}
ABI=$(abi_native)

hello_native() {
  local bin=$BENCH_ROOT/artifacts/hello/hello
  if [ ! -x "$bin" ] || [ -n "$(find "$BENCH_ROOT/bench/hello" -newer "$bin" \( -name "*.cs" -o -name "*.csproj" \) -print -quit)" ]; then
    echo "building the NativeAOT hello world..." >&2
    dotnet publish "$BENCH_ROOT/bench/hello" -c Release -r linux-x64 -p:PublishAot=true -o "$BENCH_ROOT/artifacts/hello" >/dev/null
  fi
  echo "$bin"
}
HELLO=$(hello_native)

header
A_LABEL="abi" B_LABEL="hello" compare "abi --version vs a NativeAOT hello world" "$ABI" --version -- "$HELLO"
A_LABEL="abi" B_LABEL="hello" compare "abi --help vs a NativeAOT hello world" "$ABI" --help -- "$HELLO"
