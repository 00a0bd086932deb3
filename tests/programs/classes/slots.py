# __slots__: restricted attributes, no __dict__, inheritance with slots.
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(1, 2)
p.x = 10
print(p, p.x, p.y, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
del p.y
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 5
print(p)
print(Point.__slots__, sorted(n for n in ("x", "y") if hasattr(Point, n)))

class Point3(Point):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
    def __repr__(self):
        return f"Point3({self.x}, {self.y}, {self.z})"
q = Point3(1, 2, 3)
print(q, hasattr(q, "__dict__"))
try:
    q.w = 4
except AttributeError as e:
    print(type(e).__name__, e)

class Loose(Point):
    pass
l = Loose(1, 2)
l.extra = "allowed"
print(l, l.extra, l.__dict__)

class WithDefault:
    __slots__ = ("value",)
    kind = "class attribute is fine"
w = WithDefault()
try:
    w.value
except AttributeError as e:
    print(type(e).__name__, e)
w.value = 1
print(w.value, w.kind)
try:
    w.kind = "x"
except AttributeError as e:
    print(type(e).__name__, e)
