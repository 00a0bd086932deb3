# Classes and instances as dict keys and set members; __eq__ without __hash__ makes instances unhashable.
class Plain:
    pass
class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v
class EqHash(EqOnly):
    def __hash__(self):
        return hash(self.v)
class InheritsEq(EqHash):
    def __eq__(self, other):
        return False
d = {Plain: "class key", int: "int type", str: "str type"}
print(d[Plain], d[int], Plain in d, EqOnly in d, len({Plain, Plain, EqOnly}))
p1, p2 = Plain(), Plain()
print(len({p1, p2, p1}), {p1: 1}[p1], p1 == p2, p1 != p2, hash(p1) == hash(p1))
print(EqOnly.__hash__, EqHash.__hash__ is not None, InheritsEq.__hash__)
try:
    hash(EqOnly(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly(1): 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {InheritsEq(1)}
except TypeError as e:
    print(type(e).__name__, e)
print(len({EqHash(1), EqHash(1), EqHash(2)}), EqHash(3) in {EqHash(3)})
class HashNone:
    __hash__ = None
try:
    hash(HashNone())
except TypeError as e:
    print(type(e).__name__, e)
class ReHash(EqOnly):
    __hash__ = EqHash.__hash__
print(hash(ReHash(7)) == hash(7))
class BadHash:
    def __hash__(self):
        return "not an int"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100), type(hash(BigHash())).__name__)
class TrueHash:
    def __hash__(self):
        return True
print(hash(TrueHash()))
types = {list: "L", dict: "D", tuple: "T"}
print([types[type(x)] for x in ([], {}, ())])
counts = {}
for obj in [1, "a", 2.5, [1], (1,), None, True]:
    counts[type(obj)] = counts.get(type(obj), 0) + 1
print(sorted((t.__name__, n) for t, n in counts.items()))
print(hash(Plain) == hash(Plain), Plain == Plain, Plain is not EqOnly, type(Plain) is type)
