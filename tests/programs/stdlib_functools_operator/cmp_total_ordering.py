# functools.cmp_to_key and total_ordering
from functools import cmp_to_key, total_ordering

def cmp(a, b):
    return (a > b) - (a < b)
def rev(a, b):
    return cmp(b, a)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted([3, 1, 2], key=cmp_to_key(rev)))
print(sorted(["bb", "a", "ccc", "dd"], key=cmp_to_key(lambda x, y: len(x) - len(y))))
K = cmp_to_key(cmp)
print(K(1) < K(2), K(2) <= K(2), K(3) > K(2), K(1) >= K(2), K(1) == K(1), K(1) == K(2))
print(K(5).obj, max([4, 8, 1], key=K), min("hello", key=cmp_to_key(rev)))
try:
    K(1) < 2
except TypeError as e:
    print(type(e).__name__, e)
print(K(1).__hash__ is None)

@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __lt__(self, other):
        return self.v < other.v
a, b = V(1), V(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a <= V(1), a >= V(1), a > V(1))
print(sorted(x.v for x in [V(3), V(1), V(2)]))

@total_ordering
class G:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __ge__(self, other):
        if not isinstance(other, G):
            return NotImplemented
        return self.v >= other.v
print(G(1) < G(2), G(2) <= G(2), G(3) > G(2), G(1) >= G(1))
try:
    G(1) < 5
except TypeError as e:
    print(type(e).__name__, e)
print(G.__lt__.__name__, G.__gt__.__name__, "__le__" in G.__dict__)

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(type(e).__name__, e)
