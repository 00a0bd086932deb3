# Tuple hashing and equality with nested floats/ints, tuples as dict keys and set members, hash of mutable members.
print(hash((1, 2.0)) == hash((1.0, 2)), (1, 2.0) == (1.0, 2), {(1, 2): "v"}[(1.0, 2.0)], {(True, 0): "b"}[(1, False)])
print(len({(1, 2), (1.0, 2.0), (2, 1)}), (0, -0.0) == (0.0, 0), hash((0,)) == hash((-0.0,)))
nan = float("nan")
t = (nan,)
print(t == t, (nan,) == (nan,), t in [t], [nan] == [nan], nan in (nan,))
for bad in [([1],), ({},), (1, (2, [3]))]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid[(2, 1)], (1, 1) in grid, (3, 3) in grid, sorted(k for k, v in grid.items() if v % 4 == 0))
print(sorted({(2, "b"), (1, "z"), (2, "a")}), min((3, 1), (2, 9)), max([(1, 2), (1, 2, 0)]))
class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, P) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
print((P(1), 2) == (P(1), 2), hash((P(1), 2)) == hash((P(1), 2)), {(P(1),): "found"}[(P(1),)])
a = (1, 2)
b = (1, 2)
print(a == b, a is a, (a,) == (b,), ((a,),) == ((b,),), tuple(a) is a)
