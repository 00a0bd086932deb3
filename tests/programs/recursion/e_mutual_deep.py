# Mutual recursion, recursion 900 frames deep, recursion through methods, generators and __repr__.
import sys
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(801), is_odd(850))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900), sys.getrecursionlimit())
def sum_list(lst):
    return 0 if not lst else lst[0] + sum_list(lst[1:])
print(sum_list(list(range(500))))
class Node:
    def __init__(self, val, nxt=None):
        self.val, self.nxt = val, nxt
    def length(self):
        return 1 + (self.nxt.length() if self.nxt else 0)
    def __repr__(self):
        return f"{self.val}->{self.nxt!r}" if self.nxt else f"{self.val}"
head = None
for v in range(300):
    head = Node(v, head)
print(head.length(), repr(head)[:30])
def gen_depth(n):
    if n:
        yield from gen_depth(n - 1)
    yield n
print(sum(gen_depth(200)), list(gen_depth(5)))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(3, 3))
def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10, "A", "B", "C", [])), hanoi(2, "A", "B", "C", []))
def perms(s):
    if len(s) <= 1:
        return [s]
    return [s[i] + p for i in range(len(s)) for p in perms(s[:i] + s[i + 1:])]
print(perms("abc"), len(perms("abcde")))
def flatten(x):
    return [y for item in x for y in flatten(item)] if isinstance(x, list) else [x]
nested = 0
for i in range(100):
    nested = [nested, i]
print(len(flatten(nested)), flatten(nested)[:5])
def unbounded(n):
    return unbounded(n + 1)
try:
    unbounded(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(depth(500), "still works after RecursionError")
