# What can be a key: hashable values, user classes with __hash__/__eq__.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

d = {Point(1, 2): "a"}
print(d[Point(1, 2)], Point(1, 2) in d, Point(2, 1) in d)
d[Point(1, 2)] = "replaced"
print(d, len(d))

class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash(): 1}
except TypeError as e:
    print(type(e).__name__, e)
print(NoHash.__hash__ is None)

class Identity:
    def __init__(self, tag):
        self.tag = tag
    def __repr__(self):
        return f"Identity({self.tag!r})"
i1, i2 = Identity("x"), Identity("x")
e = {i1: 1, i2: 2}
print(len(e), e[i1], e[i2])

class BadHash:
    def __hash__(self):
        return "nope"
try:
    {BadHash(): 1}
except TypeError as err:
    print(type(err).__name__, err)

keys = [1, "1", 1.5, (1, 2), frozenset({1}), None, True, b"1", (None,)]
m = {}
for k in keys:
    m[k] = type(k).__name__
print(len(m), m[1], m["1"], m[(1, 2)], m[frozenset([1])], m[None], m[b"1"])
for bad in [[1], {1: 2}, {1}, ([1],)]:
    try:
        m[bad] = 1
    except TypeError as err:
        print(type(err).__name__, err)
calls = []
class Tracked:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        calls.append("hash")
        return self.v
    def __eq__(self, other):
        calls.append("eq")
        return self.v == other.v
t = {Tracked(1): "one"}
print(t[Tracked(1)], calls)
