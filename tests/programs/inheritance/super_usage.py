# super() in methods, classmethods, properties, with arguments forwarded via **kwargs.
class Shape:
    def __init__(self, name, **kw):
        super().__init__(**kw)
        self.name = name
    def area(self):
        return 0
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"

class Colored:
    def __init__(self, color="black", **kw):
        super().__init__(**kw)
        self.color = color
    def describe(self):
        return f"{self.color} " + super().describe()

class Square(Colored, Shape):
    def __init__(self, side, **kw):
        super().__init__(name="square", **kw)
        self.side = side
    def area(self):
        return self.side ** 2

s = Square(3, color="red")
print(s.describe(), s.color, s.name, [c.__name__ for c in Square.__mro__])

class Parent:
    @classmethod
    def create(cls):
        return f"created {cls.__name__} via Parent"
    @property
    def label(self):
        return "parent-label"
class Kid(Parent):
    @classmethod
    def create(cls):
        return super().create() + " (kid hook)"
    @property
    def label(self):
        return super().label.upper()
print(Kid.create(), Kid().label)

class Logged(dict):
    def __setitem__(self, k, v):
        print(f"  set {k!r}")
        super().__setitem__(k, v)
    def __getitem__(self, k):
        return super().__getitem__(k) * 2
d = Logged()
d["a"] = 5
print(d["a"], dict(d), d.get("a"))

class Explicit(Kid):
    def who(self):
        return super(Kid, self).label
print(Explicit().who())

class NoParentMethod:
    def go(self):
        return super().go()
try:
    NoParentMethod().go()
except AttributeError as e:
    print(type(e).__name__, e)
class Counter(list):
    def append(self, v):
        super().append(v)
        return len(self)
cl = Counter()
print(cl.append("x"), cl.append("y"), cl)
