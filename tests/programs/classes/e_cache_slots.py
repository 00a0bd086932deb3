# __slots__ members through warm attribute sites: subclasses adding slots, instances of
# several classes at one site, unset and deleted slots, a slot replaced by a class
# attribute after warm-up, slots and ordinary attributes together, many attributes.


class A:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class B(A):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class C(A):
    pass


def total(objs):
    return [o.x + o.y for o in objs]


objs = [A(1, 2), B(3, 4, 5), C(6, 7), A(8, 9)]
for _ in range(3):
    print(total(objs))
c = objs[2]
c.extra = "e"
print(c.extra, objs[1].z, hasattr(objs[0], "__dict__"), hasattr(c, "__dict__"))
a = A(1, 2)
del a.y
for obj in (a, A(5, 6)):
    try:
        print(obj.x, obj.y)
    except AttributeError as e:
        print(type(e).__name__, e)
a.y = 10
print(total([a]))
try:
    a.w = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    A.x.__get__(B(1, 2, 3)), A.x.__set__(object(), 1)
except TypeError as e:
    print(type(e).__name__, e)
for _ in range(2):
    q = B(1, 2, 3)
    q.z += q.x
    print(q.x, q.y, q.z, total([q]))
A.x = 99
print(objs[0].x, objs[1].x, c.x)
try:
    objs[0].x = 1
except AttributeError as e:
    print(type(e).__name__, e)


class Many:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i)
        self.last = n


for n in (2, 6, 9):
    m = Many(n)
    m.extra = n * 2
    print(m.last, m.extra, sorted(vars(m))[:3])
