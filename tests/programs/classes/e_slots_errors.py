# __slots__: no instance __dict__, assignment errors, slots with defaults conflict, inheritance adds __dict__.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, "y"), hasattr(p, "__dict__"), P.__slots__)
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 2
print(p.y)
del p.y
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
class Child(P):
    pass
c = Child(5)
c.extra = "ok"
print(c.extra, c.__dict__, c.x)
class ChildSlots(P):
    __slots__ = ("z",)
cs = ChildSlots(1)
cs.z = 9
print(cs.x, cs.z, hasattr(cs, "__dict__"))
try:
    cs.w = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    class Conflict:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print(type(e).__name__, e)
class StrSlot:
    __slots__ = "only"
s = StrSlot()
s.only = 1
print(s.only, StrSlot.__slots__)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a, w.b = 1, 2
print(w.a, w.b, w.__dict__)
class Empty:
    __slots__ = ()
try:
    Empty().anything = 1
except AttributeError as e:
    print(type(e).__name__, e)
print("x" in P.__dict__, "y" in vars(P), "__dict__" in P.__dict__)
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    __hash__ = None
pts = [Point(i, i * i) for i in range(4)]
print(pts, Point(1, 1) == pts[1], getattr(pts[2], "y"), [getattr(pt, "x") for pt in pts])
setattr(pts[0], "x", 100)
print(pts[0])
