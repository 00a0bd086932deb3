# Instantiation run inline by the interpreter (object.__new__ then a guest __init__):
# __init__ with defaults, closures and super(); a non-None return; exceptions; a changed
# __init__ or __new__ after instances were made; subclasses; wrong argument counts.

class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

print([Point(i) for i in range(3)], Point(1, 2))

class Point3(Point):
    def __init__(self, x, y, z=9):
        super().__init__(x, y)
        self.z = z
    def __repr__(self):
        return f"Point3({self.x}, {self.y}, {self.z})"

print(Point3(1, 2), Point3(1, 2, 3), isinstance(Point3(0, 0), Point))

class Sub(Point):
    pass
print("inherited", Sub(4), type(Sub(4)).__name__)

class Bad:
    def __init__(self, v):
        self.v = v
        return v

for v in (None, 3, "s"):
    try:
        print("bad", Bad(v).v)
    except TypeError as e:
        print(type(e).__name__, e)

class Raises:
    def __init__(self, n):
        if n < 0:
            raise ValueError(f"negative {n}")
        self.n = n
for n in (1, -1):
    try:
        print("raises", Raises(n).n)
    except ValueError as e:
        print(type(e).__name__, e)

for args in [(), (1, 2, 3)]:
    try:
        Point(*args)
    except TypeError as e:
        print(type(e).__name__, e)

def init2(self, x, y=5):
    self.x, self.y = -x, -y
made = [Point(1)]
Point.__init__ = init2
made.append(Point(1))
print("reassigned", made, Sub(2))

class Counted:
    n = 0
    def __new__(cls, *args):
        cls.n += 1
        return super().__new__(cls)
    def __init__(self, a):
        self.a = a
print("new", Counted(1).a, Counted(2).a, Counted.n)

class Tree:
    __slots__ = ("left", "right")
    def __init__(self, depth):
        self.left = Tree(depth - 1) if depth else None
        self.right = Tree(depth - 1) if depth else None
def size(t):
    return 0 if t is None else 1 + size(t.left) + size(t.right)
print("tree", size(Tree(8)))

class Gen:
    def __init__(self):
        yield 1
try:
    Gen()
except TypeError as e:
    print(type(e).__name__, e)
