#!/usr/bin/env bash
# Builds both launchers in Release from the same sources:
#   bin/stmvm        the STM build (StmBuild=true)
#   bin/stmvm-nostm  the non-STM build (StmBuild=false: constant NOSTM)
# Each is published self-contained and ReadyToRun into out/<build>/ as one composite image
# of our assemblies AND the (trimmed) .NET framework: precompiled code inlines across them
# (Value, Mem and the barriers live in gc/ and stm/, and a module-level loop runs in
# precompiled code for good), and the framework's generics instantiated over our types
# (Dictionary<uint, T>, List<long>, ValueTuple<...>, Linq over Value) are precompiled too,
# instead of being JIT-compiled at every start (about 250 methods for hello world). That
# and the denser trimmed image cut start-up time and 5-9 MB of peak RSS per program (see
# bench/README.md, "Memory"). TrimMode=partial trims only the framework: our assemblies
# stay whole, since the VM finds its [Setup] methods by reflection. It is started by a
# small script in bin/. The script sets the one runtime knob that only the environment can
# set: a small .NET gen0 budget (it is derived from the L3 size, 300 MiB on these
# machines, so that short-lived .NET objects such as BigInteger buffers piled up to 100+
# MiB of RSS and their memory was always cold).
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)

publish() { # $1 = out folder name, $2 = StmBuild value
  dotnet publish vm/Cli/Stmvm.Cli.csproj -c Release -r linux-x64 --self-contained true \
    -p:PublishTrimmed=true -p:TrimMode=partial \
    -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true -p:StmBuild="$2" -o "out/$1" -nologo -v quiet -clp:ErrorsOnly
}

launcher() { # $1 = launcher name, $2 = out folder name
  cat > "bin/$1" <<SCRIPT
#!/bin/sh
export DOTNET_GCgen0size="\${DOTNET_GCgen0size:-0x400000}"
exec "$root/out/$2/stmvm" "\$@"
SCRIPT
  chmod +x "bin/$1"
}

mkdir -p bin
# Precompiled images left in obj by an earlier non-composite publish get mixed into the
# composite one and make a launcher that aborts at start-up: always start them afresh.
rm -rf vm/Cli/obj*/Release/net10.0/linux-x64/R2R
publish stm true
publish nostm false
launcher stmvm stm
launcher stmvm-nostm nostm
echo "built bin/stmvm and bin/stmvm-nostm"
