# Rich comparisons, NotImplemented fallbacks, reflected comparisons, sorting user objects.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __le__(self, other):
        return self == other or self < other
    def __gt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts > other.parts
    def __ge__(self, other):
        return not self < other
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2", "2.0", "1.2.3"]]
print(sorted(vs), max(vs), min(vs))
a, b = Version("1.2.3"), Version("1.10")
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == Version("1.2.3"))
print(a == "1.2.3", a != "1.2.3", len({Version("1.0"), Version("1.0"), Version("1.1")}))
try:
    a < "1.2"
except TypeError as e:
    print(type(e).__name__, e)

class Reflect:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        print(f"  Reflect.__gt__ called with {other!r}")
        return self.v > other
    def __repr__(self):
        return f"R({self.v})"
print(3 < Reflect(5))
print(Reflect(1) > 0)

class Always:
    def __eq__(self, other):
        return True
print(Always() == 1, 1 == Always(), Always() != 1, [Always()] == [2], Always() in [1, 2])

class NeOnly:
    def __eq__(self, other):
        return "custom-eq-result"
print(NeOnly() == 1, NeOnly() != 1)
class Identity:
    pass
x = Identity()
print(x == x, x == Identity(), x != Identity())
