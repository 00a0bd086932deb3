#!/usr/bin/env bash
# Builds everything (./build.sh) and runs every test project; ends with one line
# "N passed, N failed, N skipped" over all of them. Exit code 0 only if all passed.
# STMVM_CORPUS_FILTER=substring narrows the guest-program corpus.
set -uo pipefail
cd "$(dirname "$0")"

./build.sh || { echo "0 passed, 1 failed"; exit 1; }

projects=(tests/Stmvm.Lang.Tests tests/Stmvm.Gc.Tests tests/Stmvm.Stm.Tests tests/Stmvm.Vm.Tests tests/Stmvm.Corpus.Tests)
passed=0; failed=0; skipped=0; status=0
for p in "${projects[@]}"; do
  [ -d "$p" ] || continue
  log=$(mktemp)
  dotnet test "$p" -c Release -nologo 2>&1 | tee "$log" | grep -Ev '^\s*$|^(  Determining|  All projects|  Restored)' | tail -40
  rc=${PIPESTATUS[0]}
  [ "$rc" -ne 0 ] && status=1
  line=$(grep -E '(Passed|Failed)!\s+-\s+Failed:' "$log" | tail -1)
  if [ -z "$line" ]; then failed=$((failed + 1)); status=1
  else
    f=$(sed -E 's/.*Failed:\s*([0-9]+).*/\1/' <<<"$line")
    s=$(sed -E 's/.*Passed:\s*([0-9]+).*/\1/' <<<"$line")
    k=$(sed -E 's/.*Skipped:\s*([0-9]+).*/\1/' <<<"$line")
    passed=$((passed + s)); failed=$((failed + f)); skipped=$((skipped + k))
  fi
  rm -f "$log"
done
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
