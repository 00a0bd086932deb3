# Dict keys with user __eq__/__hash__, mutable-key errors, equal keys of different types, KeyError reprs.
class Key:
    def __init__(self, name, h):
        self.name, self.h = name, h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name
    def __repr__(self):
        return f"Key({self.name!r})"
d = {Key("a", 1): "A", Key("b", 1): "B", Key("c", 2): "C"}
print(d[Key("a", 1)], d[Key("b", 1)], Key("c", 2) in d, Key("c", 3) in d, len(d))
d[Key("a", 1)] = "A2"
print(d)
try:
    d[Key("zz", 1)]
except KeyError as e:
    print(type(e).__name__, e)
for bad in [[1], {1: 2}, {1}, ([1],)]:
    try:
        {bad: 1}
    except TypeError as e:
        print(type(e).__name__, e)
try:
    {}.get([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] in {}
except TypeError as e:
    print(type(e).__name__, e)
for k in ["s", 3, (1, "t"), None, 2.5, "", (), frozenset([1])]:
    try:
        {}[k]
    except KeyError as e:
        print(type(e).__name__, repr(str(e)), e.args)
class NoEq:
    pass
n1, n2 = NoEq(), NoEq()
e = {n1: 1, n2: 2}
print(e[n1], e[n2], len(e), NoEq() in e)
class EqOnly:
    def __eq__(self, other):
        return True
try:
    {EqOnly(): 1}
except TypeError as e:
    print(type(e).__name__, e)
print(EqOnly.__hash__, hash(NoEq) == hash(NoEq))
calls = []
class Loud:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        calls.append("hash" + str(self.v))
        return 7
    def __eq__(self, other):
        calls.append(f"eq{self.v}{other.v}")
        return self.v == other.v
f = {Loud(1): "x"}
calls.clear()
f[Loud(2)] = "y"
print(sorted(calls), len(f))
calls.clear()
print(f.get(Loud(1)), calls)
print({(1, 2): "t", frozenset({3}): "f", 1.0: "one"}[1], {0: "z"}[False], {-0.0: "nz"}[0])
