# type() with one and three arguments; isinstance/issubclass with tuples.
print(type(1), type("s"), type([]), type(None), type(type), type(len).__name__)
Point = type("Point", (), {"x": 0, "y": 0, "norm2": lambda self: self.x ** 2 + self.y ** 2})
p = Point()
p.x, p.y = 3, 4
print(Point.__name__, p.norm2(), type(p) is Point, isinstance(p, Point))
Base = type("Base", (), {"hello": lambda self: "base hello"})
Child = type("Child", (Base,), {"extra": 1})
print(Child().hello(), Child.extra, Child.__bases__[0].__name__, [k.__name__ for k in Child.__mro__])
print(isinstance(3, (str, int)), isinstance("x", (list, tuple)), issubclass(bool, (str, int)))
print(issubclass(Child, Base), issubclass(Base, Child), issubclass(Child, (Child,)), issubclass(int, object))
try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", "not a tuple", {})
except TypeError as e:
    print(type(e).__name__, e)
class A:
    pass
class B(A):
    pass
print(type(B()) is B, type(B()) == A, isinstance(B(), A), type(B()).__bases__, B.__base__.__name__)
print(type(A), type(A) is type, isinstance(A, type), isinstance(A(), type))
print(object.__name__, object.__bases__, type.__name__, int.__base__)
dynamic = {}
for name in ("Alpha", "Beta"):
    dynamic[name] = type(name, (A,), {"tag": name.lower()})
print([(n, c.tag, issubclass(c, A)) for n, c in dynamic.items()])
print(type(p).__dict__["x"], "norm2" in type(p).__dict__)
