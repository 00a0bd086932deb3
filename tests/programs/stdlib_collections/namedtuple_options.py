from collections import namedtuple

Emp = namedtuple("Emp", "name dept salary", defaults=["staff", 100])
print(Emp("ann"), Emp("bob", "eng"), Emp("cy", salary=5))
print(Emp._field_defaults)
for args in ((), ("a", "b", "c", "d")):
    try:
        Emp(*args)
    except TypeError as e:
        print(type(e).__name__, e)
R = namedtuple("R", ["abc", "def", "abc", "_x", "9y", "ok"], rename=True)
print(R._fields)
M = namedtuple("M", "a b", module="mymod")
print(M.__module__, repr(M(1, 2)))
for bad in (("1x", "a"), ("T", "a class"), ("T", "a _b"), ("T", "a a"), ("for", "x"), ("T", "a b-c")):
    try:
        namedtuple(*bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    namedtuple("T", "a", defaults=[1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    Emp("x", foo=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Emp("x", name="y")
except TypeError as e:
    print(type(e).__name__, e)
Three = namedtuple("Three", "a b c")
try:
    Three()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Three(1)
except TypeError as e:
    print(type(e).__name__, e)

class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

v = Vec(3, 4)
print(v, v.norm2, v + Vec(1, 1), type(v + v).__name__, Vec.__mro__[1].__name__)
print(v._replace(y=0), type(v._replace(y=0)).__name__, v._asdict())
Color = namedtuple("Color", "r g b")
colors = [Color(255, 0, 0), Color(0, 128, 0)]
print([c.g for c in colors], sorted(colors, key=lambda c: c.g))
print(Color(*range(3)), Color._make("xyz"))
