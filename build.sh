#!/usr/bin/env bash
# Builds both launchers in Release from the same sources:
#   bin/stmvm        the STM build (StmBuild=true)
#   bin/stmvm-nostm  the non-STM build (StmBuild=false: constant NOSTM)
# Each is published ReadyToRun into out/<build>/ and started by a small script in bin/.
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)

publish() { # $1 = out folder name, $2 = StmBuild value
  dotnet publish vm/Cli/Stmvm.Cli.csproj -c Release -r linux-x64 --self-contained false \
    -p:PublishReadyToRun=true -p:StmBuild="$2" -o "out/$1" -nologo -v quiet -clp:ErrorsOnly
}

launcher() { # $1 = launcher name, $2 = out folder name
  cat > "bin/$1" <<SCRIPT
#!/bin/sh
exec "$root/out/$2/stmvm" "\$@"
SCRIPT
  chmod +x "bin/$1"
}

mkdir -p bin
publish stm true
publish nostm false
launcher stmvm stm
launcher stmvm-nostm nostm
echo "built bin/stmvm and bin/stmvm-nostm"
