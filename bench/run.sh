#!/usr/bin/env bash
# The whole-program benchmarks: builds the harness (bench/WholeProgram) and runs the suite
# (bench/suite.json) under stmvm, stmvm-nostm, python3 and pypy3; see bench/README.md.
# Builds the launchers first if bin/ has none. Options: bench/run.sh --help.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x bin/stmvm ] && [ -x bin/stmvm-nostm ] || ./build.sh
dotnet build bench/WholeProgram -c Release -nologo -v quiet -clp:ErrorsOnly -o bench/WholeProgram/out >/dev/null
exec dotnet bench/WholeProgram/out/WholeProgram.dll "$@"
