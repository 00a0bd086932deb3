# The sys module: argv, maxsize, recursion limit, modules, path, platform, streams.
import sys
print(sys.argv, len(sys.argv), sys.argv[0].endswith("sys_basics.py"))
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, type(sys.maxsize).__name__)
print(sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
print("sys" in sys.modules, sys.modules["sys"] is sys, type(sys.modules).__name__)
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print(sys.platform, type(sys.version).__name__, sys.version_info[0], sys.version_info >= (3, 0), sys.version_info.major)
print(type(sys.implementation.name).__name__, sys.byteorder if hasattr(sys, "byteorder") else "little")
print(sys.stdout.write("direct write\n"))
sys.stdout.flush()
sys.stderr.write("a line on stderr\n")
sys.stderr.flush()
print(hasattr(sys.stdin, "readline"), hasattr(sys.stdin, "read"))
print(__name__, sys.modules["__main__"].__name__)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys.exit("not really")
except SystemExit as e:
    print("caught SystemExit:", e.code)
