#!/usr/bin/env bash
# Runs every corpus program under the barrier-checking build (gc/BarrierCheck.cs) and lists
# the load sites that read a mutable old object with no read or write barrier since the last
# safe point, most frequent first. Empty output: every load in the corpus is covered.
# Takes a few minutes (a separate build into bin-check/, then each program once).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
dotnet build vm/Cli/Stmvm.Cli.csproj -c Release -p:StmCheckBarriers=true -nologo -v quiet -clp:ErrorsOnly
bin="$root/vm/Cli/bin-check/Release/net10.0/stmvm"
report=$(mktemp)
export STMVM_BARRIER_REPORT="$report" DOTNET_JitNoInline=1
for dir in tests/programs/*/; do
  (cd "$dir" && for p in *.py; do
    [[ $p == _* ]] && continue
    timeout 60 "$bin" run "$p" >/dev/null 2>&1 </dev/null || true
  done)
done
awk '{count[$2] += $1; runs[$2]++} END {for (s in count) print count[s], "loads in", runs[s], "programs:", s}' "$report" | sort -nr
rm -f "$report"
