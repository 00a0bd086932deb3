# groupby: the groups share the underlying iterator; advancing the outer iterator
# invalidates the previous group
from itertools import groupby

gb = groupby("aaabbbcc")
k1, g1 = next(gb)
k2, g2 = next(gb)
print(k1, list(g1))
print(k2, list(g2))
print(list(gb)[0][0])

gb = groupby("aaabbbcc")
saved = [(k, g) for k, g in gb]
print([(k, list(g)) for k, g in saved])

gb = groupby("aaabbb")
k, g = next(gb)
print(next(g))
k2, g2 = next(gb)
print(k2, list(g), list(g2))

gb = groupby([1, 1, 2, 2, 2, 3])
k, g = next(gb)
print(k, next(g), next(g))
try:
    next(g)
except StopIteration:
    print("group done")
print([(k, list(g)) for k, g in gb])

gb = groupby("xxy")
k, g = next(gb)
print(list(g), list(g))
print(next(gb)[0])
try:
    next(gb)
except StopIteration:
    print("outer done")
print(list(g))

class K:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("  eq", self.v, other.v)
        return self.v // 10 == other.v // 10
    __hash__ = None
vals = [K(1), K(5), K(12), K(30)]
print([(k.v, [x.v for x in g]) for k, g in groupby(vals)])
