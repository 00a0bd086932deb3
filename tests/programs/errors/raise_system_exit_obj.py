# SystemExit with a non-integer, non-string code: the value is printed to stderr, status 1.
import sys

def finish(results):
    failed = [name for name, ok in results if not ok]
    print("checked", len(results), "items,", len(failed), "failed")
    if failed:
        raise SystemExit(failed)
    sys.exit(0)

try:
    finish([("a", True), ("b", True)])
except SystemExit as e:
    print("first run exit code:", e.code)

finish([("a", True), ("b", False), ("c", False)])
print("never printed")
