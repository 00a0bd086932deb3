# Unbounded recursion ends with RecursionError; CPython collapses the repeated frames.
import sys

def depth(n):
    return depth(n + 1) + 1

print("limit", sys.getrecursionlimit())
sys.setrecursionlimit(200)
try:
    depth(0)
except RecursionError as e:
    print("caught:", type(e).__name__, e)
sys.setrecursionlimit(1000)
print("now uncaught")
depth(0)
