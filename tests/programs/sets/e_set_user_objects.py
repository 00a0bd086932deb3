# Sets of user objects with __eq__/__hash__, set comparison by membership, subclasses of set.
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
pts = {P(1, 2), P(1, 2), P(2, 1), P(0, 0)}
print(len(pts), P(2, 1) in pts, P(3, 3) in pts, sorted(pts, key=lambda p: (p.x, p.y)))
pts.discard(P(0, 0))
print(sorted(pts, key=repr))
class Upper(set):
    def add(self, v):
        super().add(v.upper())
u = Upper()
u.add("a")
u.add("A")
print(u, type(u).__name__, isinstance(u, set), type(u | {"b"}).__name__, u == {"A"})
class FS(frozenset):
    pass
fs = FS([1, 2])
print(fs, type(fs).__name__, hash(fs) == hash(frozenset([1, 2])), type(fs & {1}).__name__)
seen = set()
out = []
for w in "the cat and the hat and the bat".split():
    if w not in seen:
        seen.add(w)
        out.append(w)
print(out, len(seen))
print({1, 2} == frozenset({1, 2}), {1, 2}.__eq__([1, 2]), {1, 2} != {1}, set("abc") == set("cba"))
print({(1, 2), (2, 1)} == {(2, 1), (1, 2)}, {None, ()} == {(), None}, {1.5, 2} <= {2, 1.5, 3})
class H:
    n = 0
    def __hash__(self):
        H.n += 1
        return 1
    def __eq__(self, o):
        return self is o
hs = {H(), H(), H()}
print(len(hs), H.n)
try:
    {P(1, 1)}.remove(P(9, 9))
except KeyError as e:
    print(type(e).__name__, e)
print(set(range(5)) - set(range(0, 5, 2)), set("hello") & set("world") == {"l", "o"}, {i * i % 7 for i in range(20)})
print(set([1, 2, 3]).__len__(), {1}.__contains__(1), set.union({1}, {2}), frozenset.intersection(frozenset("ab"), "b"))
try:
    set(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    set([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
