# frozenset: immutability, hashing, use as elements and keys, operations with sets returning the left type.
f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, sorted(f), frozenset() == frozenset([]), frozenset("aab") == frozenset("ba"))
for name in ["add", "remove", "discard", "pop", "clear", "update"]:
    print(name, hasattr(f, name))
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
s = {1, 2}
print(type(f | s).__name__, type(s | f).__name__, type(f & s).__name__, type(s - f).__name__, type(f ^ s).__name__)
print(f | s, s & f, f - s, f.union(s, [9]), f.intersection([1, 5]), f.isdisjoint({9}), f.issuperset({1}))
nested = frozenset([frozenset([1, 2]), frozenset([2, 1]), frozenset()])
print(len(nested), frozenset([1, 2]) in nested, frozenset() in nested)
graph = {frozenset({"a", "b"}): 1, frozenset({"b", "c"}): 2}
print(graph[frozenset({"b", "a"})], frozenset({"c", "b"}) in graph)
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(frozenset()) == hash(frozenset()), f == {1, 2, 3})
print(frozenset({1, 2}) < frozenset({1, 2, 3}), {1} <= frozenset({1}), frozenset(range(3)) > {0})
print(repr(frozenset()), repr(frozenset({5})), str(frozenset([7])), frozenset(frozenset([1])) == frozenset([1]))
g = f.copy()
print(g == f, type(g).__name__, sorted(frozenset(x * 2 for x in f)), min(f), max(f), sum(f))
try:
    frozenset([[1]])
except TypeError as e:
    print(type(e).__name__, e)
