# Method overriding: calling overridden methods from base methods, class attributes overridden per subclass, abstract-like errors.
class Shape:
    sides = 0
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")
    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides and area {self.area():.2f}"
class Rect(Shape):
    sides = 4
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
class Tri(Shape):
    sides = 3
    def __init__(self, b, h):
        self.b, self.h = b, h
    def area(self):
        return self.b * self.h / 2
for s in [Rect(2, 3), Square(4), Tri(3, 5)]:
    print(s.describe())
try:
    Shape().describe()
except NotImplementedError as e:
    print(type(e).__name__, e)
print(Square.sides, Square.__mro__[1].__name__, isinstance(Square(1), Rect), Square.area is Rect.area)
class Base:
    greeting = "hello"
    def greet(self):
        return f"{self.greeting} from {self.name()}"
    def name(self):
        return "base"
class Child(Base):
    greeting = "hi"
    def name(self):
        return "child+" + super().name()
class GrandChild(Child):
    def greet(self):
        return super().greet().upper()
print(Base().greet(), Child().greet(), GrandChild().greet())
Child.greeting = "hey"
print(GrandChild().greet(), Base.greeting)
del Child.greeting
print(GrandChild().greet())
class Counter:
    count = 0
    def __init__(self):
        type(self).count += 1
class Sub(Counter):
    pass
Counter(); Sub(); Sub()
print(Counter.count, Sub.count, "count" in Sub.__dict__)
