# Set operators and their in-place forms, methods with several iterables, frozenset results.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, a >= {1}, a < a, a > {1, 2}, a == {4, 3, 2, 1})
c = set(a)
c |= b
print(c)
c &= {1, 3, 5, 7}
print(c)
c -= {1}
print(c)
c ^= {5, 9}
print(c)
print(a.union([9], (8,), range(2)), a.intersection([1, 2], {2, 1, 0}), a.difference([1], [2]), a.symmetric_difference(range(3)))
d = set(range(6))
d.update([10], {11}, "")
d.intersection_update(range(11), range(1, 12))
d.difference_update([2], (4,))
d.symmetric_difference_update([0, 1, 20])
print(d)
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint([7, 8]), a.isdisjoint(iter([4])))
try:
    a | [5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a &= [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < [1]
except TypeError as e:
    print(type(e).__name__, e)
f = frozenset([1, 2])
print(type(f | {3}).__name__, type({3} | f).__name__, type(f.union([5])).__name__, f | {3}, {3} - f)
fc = f
fc |= {9}
print(fc, f, fc is f, frozenset() == set(), frozenset([1]) == {1}, hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
s = {1, 2}
s2 = s
s2 |= {3}
print(s is s2, s)
e = set()
print(e, set(), frozenset(), repr(set("a")), repr(frozenset({1})), {0, False}, {1, 1.0, True})
try:
    {1}.remove(2)
except KeyError as ex:
    print(type(ex).__name__, ex)
try:
    set().pop()
except KeyError as ex:
    print(type(ex).__name__, ex)
s = {3, 1, 2}
s.discard(5)
s.discard(3)
print(s, s.pop(), s, s.copy(), s.clear(), s)
try:
    {[1]}
except TypeError as ex:
    print(type(ex).__name__, ex)
print({frozenset([1]): "fs"}[frozenset({1})], {1, 2} in [{2, 1}], set([frozenset([1]), frozenset([1])]))
print(sorted({-5, 10, 3} | {0}), min({4, 2, 8}), sum({1, 2, 3}), len({x % 3 for x in range(100)}))
