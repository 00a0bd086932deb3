# sys.exit with a tuple argument: printed to stderr as the tuple, exit status 1.
import sys
print("about to exit")
def leave():
    raise SystemExit("first", "second")
try:
    sys.exit(None)
except SystemExit as e:
    print("exit(None) code:", e.code)
try:
    sys.exit(0)
except SystemExit as e:
    print("exit(0) code:", e.code)
try:
    sys.exit("text")
except SystemExit as e:
    print("exit(text) code:", e.code, e.args)
print(1)
print(2)
print(3)
print(4)
leave()
