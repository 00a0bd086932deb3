# sys.exit(3): finally blocks run, exit status 3, nothing on stderr.
import sys

def shutdown(code):
    try:
        print("shutting down with", code)
        sys.exit(code)
    finally:
        print("finally still runs")

try:
    shutdown(3)
except SystemExit as e:
    print("intercepted SystemExit with code", e.code)
    print("re-raising")
    raise
print("never printed")
