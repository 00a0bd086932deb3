#!/usr/bin/env bash
# Regenerate (or check) the expected output of the guest-program corpus with CPython.
#
#   tests/programs/regen.sh                      regenerate every program
#   tests/programs/regen.sh path/to/prog.py ...  regenerate only these programs
#   tests/programs/regen.sh --check [paths...]   run the programs again and compare with the
#                                                checked-in files; nothing is written; exit 1 on
#                                                any difference
#
# For every program prog.py (files whose name starts with "_" are helper modules, and folders
# named "lib" hold helpers too: both are skipped) this runs, with the program's folder as the
# current directory and the relative file name, stdin from /dev/null:
#
#     PYTHONHASHSEED=0 python3 prog.py
#
# and writes
#     prog.out   exact stdout (always written, possibly empty)
#     prog.err   stderr, only when non-empty (otherwise any old prog.err is removed)
#     prog.exit  the exit status, only when non-zero (otherwise any old prog.exit is removed)
#
# The only post-processing: CPython 3.11 prints absolute file names in tracebacks
# ("/abs/path/tests/programs/area/prog.py"); the program's folder prefix "<cwd>/" is removed
# from stderr so the files do not depend on where the checkout lives. The corpus runner
# (tests/Stmvm.Corpus.Tests) applies the same normalization to the actual stderr.
#
# Environment: PYTHON (default python3), PYTHONHASHSEED (default 0; --check with another seed
# finds programs whose output depends on string hashing).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
python="${PYTHON:-python3}"
seed="${PYTHONHASHSEED:-0}"
check=0
if [[ "${1:-}" == "--check" ]]; then
    check=1
    shift
fi

programs=()
if [[ $# -gt 0 ]]; then
    for p in "$@"; do
        programs+=("$(cd "$(dirname "$p")" && pwd)/$(basename "$p")")
    done
else
    while IFS= read -r p; do
        programs+=("$p")
    done < <(find "$here" -name '*.py' -not -name '_*' -not -path '*/lib/*' -not -path '*/__pycache__/*' | LC_ALL=C sort)
fi

# strip_prefix DIR FILE: remove "DIR/" (logical and physical spellings) from FILE, in place.
strip_prefix() {
    "$python" - "$1" "$(cd "$1" && pwd -P)" "$2" <<'PY'
import sys
logical, physical, path = sys.argv[1], sys.argv[2], sys.argv[3]
with open(path, "rb") as f:
    data = f.read()
for d in {logical, physical}:
    data = data.replace(d.encode() + b"/", b"")
with open(path, "wb") as f:
    f.write(data)
PY
}

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
failures=0
count=0
for prog in "${programs[@]}"; do
    name="$(basename "$prog")"
    dir="$(dirname "$prog")"
    base="${prog%.py}"
    rel="${prog#"$here"/}"
    if [[ "$name" == _* ]]; then
        echo "skipping helper module $rel" >&2
        continue
    fi
    count=$((count + 1))
    set +e
    (cd "$dir" && env PYTHONHASHSEED="$seed" PYTHONDONTWRITEBYTECODE=1 PYTHONIOENCODING=utf-8 \
        timeout 60 "$python" "$name" <"/dev/null" >"$tmp/out" 2>"$tmp/err")
    status=$?
    set -e
    strip_prefix "$dir" "$tmp/err"
    if [[ $check -eq 1 ]]; then
        ok=1
        cmp -s "$tmp/out" "$base.out" 2>/dev/null || { echo "DIFF stdout: $rel"; diff "$base.out" "$tmp/out" | head -20 || true; ok=0; }
        if [[ -s "$tmp/err" ]]; then
            cmp -s "$tmp/err" "$base.err" 2>/dev/null || { echo "DIFF stderr: $rel"; diff "$base.err" "$tmp/err" | head -20 || true; ok=0; }
        elif [[ -e "$base.err" ]]; then
            echo "DIFF stderr: $rel (now empty)"; ok=0
        fi
        expected_status=0
        [[ -e "$base.exit" ]] && expected_status="$(cat "$base.exit")"
        [[ "$status" == "$expected_status" ]] || { echo "DIFF exit: $rel (expected $expected_status, got $status)"; ok=0; }
        [[ $ok -eq 1 ]] || failures=$((failures + 1))
    else
        cp "$tmp/out" "$base.out"
        if [[ -s "$tmp/err" ]]; then cp "$tmp/err" "$base.err"; else rm -f "$base.err"; fi
        if [[ $status -ne 0 ]]; then echo "$status" >"$base.exit"; else rm -f "$base.exit"; fi
        [[ $status -eq 124 ]] && echo "WARNING: $rel timed out" >&2
    fi
done

if [[ $check -eq 1 ]]; then
    echo "checked $count program(s), $failures differ (PYTHONHASHSEED=$seed)"
    [[ $failures -eq 0 ]]
else
    echo "regenerated $count program(s)"
fi
