# sys.setrecursionlimit raised and lowered; recursion errors in __repr__, comparisons and nested data.
import sys
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
old = sys.getrecursionlimit()
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit(), depth(2500))
sys.setrecursionlimit(200)
try:
    depth(500)
except RecursionError as e:
    print("limited:", type(e).__name__, e)
print(depth(100))
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    sys.setrecursionlimit("100")
except TypeError as e:
    print(type(e).__name__, e)
class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RecursionError as e:
    print(type(e).__name__)
lst = [1]
lst.append(lst)
print(lst, repr(lst) == "[1, [...]]")
d = {}
d["self"] = d
d["list"] = [d]
print(d)
deep = []
cur = deep
for _ in range(50):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(str(deep)[:20], len(str(deep)))
def count_calls(n, acc=[0]):
    acc[0] += 1
    if n > 0:
        count_calls(n - 1)
    return acc[0]
print(count_calls(300))
def recover(n):
    try:
        return recover(n + 1)
    except RecursionError:
        return n
r = recover(0)
print(r > 100, type(r).__name__)
class Eq:
    def __eq__(self, other):
        return self == other
try:
    Eq() == Eq()
except RecursionError as e:
    print(type(e).__name__)
