# frozenset: immutable, hashable, usable as dict keys and set members.
f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, sorted(f), frozenset(), frozenset("a"))
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
g = f | {7}
print(g, type(g).__name__, type({10} | f).__name__, type(f & {1}).__name__)
print(f == {1, 2, 3}, {1, 2, 3} == f, hash(f) == hash(frozenset([1, 2, 3])))
groups = {frozenset({1, 2}): "pair", frozenset({3}): "single"}
print(groups[frozenset([2, 1])], frozenset({3}) in groups)
nested = {frozenset({1}), frozenset({1}), frozenset({1, 2})}
print(len(nested), frozenset({1}) in nested)
print(f.union([4]), f.intersection([1, 9]), f.difference([1]), f.symmetric_difference([1, 5]))
print(f.issubset(range(5)), f.issuperset([1]), f.isdisjoint([7]), f.copy() == f)
def powerset(items):
    result = [frozenset()]
    for it in items:
        result += [s | {it} for s in result]
    return result
ps = powerset([1, 2, 3])
print(len(ps), sorted(sorted(s) for s in ps))
edges = {frozenset((1, 2)), frozenset((2, 1)), frozenset((2, 3))}
print(len(edges), sorted(tuple(sorted(e)) for e in edges))
