# sys.exit inside nested functions with finally blocks: finally runs, the exit status is the argument.
import sys
def shutdown(code):
    try:
        print("shutting down with", code)
        sys.exit(code)
    finally:
        print("finally in shutdown")
def main():
    try:
        shutdown(4)
    except Exception:
        print("SystemExit is not an Exception")
    finally:
        print("finally in main")
try:
    main()
except SystemExit as e:
    print("caught", type(e).__name__, e.code)
print("exiting for real")
try:
    main()
finally:
    print("outer finally")
print("never printed")
