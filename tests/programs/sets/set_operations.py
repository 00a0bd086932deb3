# Set algebra on small ints (printing order of small-int sets is deterministic).
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [8]), a.intersection(b, {5}), a.difference(b, {1}), a.symmetric_difference([1, 9]))
print(a <= a, a < a, {1, 2} < a, a > {1}, a >= b, {1, 2}.issubset(a), a.issuperset([1, 2]), a.isdisjoint({9}))
print(len(a), 3 in a, 9 not in a, sorted(a ^ b), min(a), max(b), sum(a))
c = set(a)
c.add(10); c.add(1)
c.discard(2); c.discard(99)
c.remove(3)
print(c)
try:
    c.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
c.update([20, 21], {22})
print(sorted(c))
c.intersection_update(range(0, 100, 2))
print(sorted(c))
c.difference_update({20})
c.symmetric_difference_update({4, 6})
print(sorted(c))
p = c.pop()
print(p in c, len(c))
c.clear()
print(c, set(), set() == frozenset(), {0} == {0.0}, {1, 2} == {2, 1})
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
print(set([3, 3, 1]), set(range(5)), set("aaa"), set((1, 2, 1)), set({1: "x"}))
print({x % 4 for x in range(20)}, sorted({x for x in range(10) if x % 3 == 0}))
try:
    {1} + {2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
print(a - b == a.difference(b), (a | b) - (a & b) == a ^ b)
x = {1, 2}
y = x
x |= {3}
print(y, x is y)
x = x | {4}
print(y, x, x is y)
