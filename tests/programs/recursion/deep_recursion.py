# Recursion close to (but below) the limit, raising the limit, and catching RecursionError.
import sys

def count_down(n):
    return 0 if n == 0 else 1 + count_down(n - 1)

print(count_down(900))
sys.setrecursionlimit(3000)
print(count_down(2500))

def runaway(n):
    return runaway(n + 1)

try:
    runaway(0)
except RecursionError as e:
    print(type(e).__name__, e)
print("recovered, recursion still works:", count_down(100))
sys.setrecursionlimit(1000)

def sum_list(xs):
    if not xs:
        return 0
    return xs[0] + sum_list(xs[1:])
print(sum_list(list(range(500))))

def mutual_a(n):
    return n if n <= 0 else mutual_b(n - 1)
def mutual_b(n):
    return n if n <= 0 else mutual_a(n - 2)
print(mutual_a(600))

class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.nxt = nxt
    def length(self):
        return 1 + (self.nxt.length() if self.nxt else 0)
head = None
for i in range(800):
    head = Node(i, head)
print(head.length(), head.value)
def depth_of_nested(x):
    return 1 + max((depth_of_nested(y) for y in x), default=0) if isinstance(x, list) else 0
nested = []
for _ in range(100):
    nested = [nested]
print(depth_of_nested(nested))
