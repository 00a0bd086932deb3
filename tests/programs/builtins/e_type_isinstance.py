# isinstance/issubclass with tuples and nesting, type() with one and three arguments, vars/dir of instances.
print(isinstance(1, (str, (float, int))), isinstance("s", ()), isinstance(True, int), isinstance(None, type(None)))
print(issubclass(bool, (str, int)), issubclass(int, object), issubclass(type, object), issubclass(object, type))
for bad in [lambda: isinstance(1, 1), lambda: isinstance(1, (int, 1)), lambda: issubclass(1, int), lambda: issubclass(int, (1,))]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(isinstance(1, (1, int)) if False else "order", isinstance(int, type), isinstance(type, type), type(type) is type)
Point = type("Point", (), {"x": 0, "describe": lambda self: f"Point at {self.x}"})
p = Point()
p.x = 5
print(Point.__name__, p.describe(), type(p) is Point, Point.__bases__, Point.__mro__[-1].__name__)
Sub = type("Sub", (Point,), {"y": 1, "__repr__": lambda self: "<Sub>"})
print(Sub(), Sub.y, Sub.x, issubclass(Sub, Point), [c.__name__ for c in Sub.__mro__])
print(type(1), type("s"), type([]), type(None), type(type), type(print).__name__, type(len).__name__)
for args in [("Bad", "notatuple", {}), ("Bad", (), []), (1, (), {}), ("Bad", (1,), {})]:
    try:
        type(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
class Obj:
    cls_attr = 1
    def __init__(self):
        self.b = 2
        self.a = 1
    def method(self):
        pass
o = Obj()
print(vars(o), o.__dict__ is vars(o), sorted(k for k in vars(Obj) if not k.startswith("__")))
names = dir(o)
print(names == sorted(names), [n for n in names if not n.startswith("__")], "__init__" in names, "__class__" in names)
print([n for n in dir(Obj) if not n.startswith("_")], "a" in dir(Obj))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
vars(o)["c"] = 3
print(o.c, sorted(vars(o)))
print(type(o).__name__, o.__class__.__name__, type(o).__qualname__, Obj.__module__, type(o) == Obj)
class Child(Obj):
    pass
print(isinstance(Child(), Obj), type(Child()) is Obj, Child.__base__.__name__, Child.__subclasses__() if False else Obj.__subclasses__() == [Child])
