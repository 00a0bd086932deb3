# Non-data descriptors (only __get__): instance dict shadows them; lazy cached attributes; methods.
class lazy:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, owner):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value

class Circle:
    def __init__(self, r):
        self.r = r
    @lazy
    def area(self):
        print("  computing area")
        return 3.14159 * self.r ** 2

c = Circle(2)
print(c.area)
print(c.area)
print("area" in c.__dict__, type(Circle.area).__name__)
c.area = "overwritten"
print(c.area)

class Constant:
    def __init__(self, v):
        self.v = v
    def __get__(self, obj, owner):
        return (self.v, "instance" if obj is not None else "class", owner.__name__)
class Uses:
    k = Constant(42)
print(Uses.k, Uses().k)
u = Uses()
u.k = "shadow"
print(u.k, Uses.k)

def plain(self, x):
    return (type(self).__name__, x)
class Target:
    pass
bound = plain.__get__(Target(), Target)
print(bound(5), type(bound).__name__)
Target.method = plain
t = Target()
print(t.method(1), Target.method(t, 2))
print(t.method.__self__ is t, t.method.__func__ is plain)
class Counter:
    def __init__(self):
        self.gets = 0
    def __get__(self, obj, owner):
        self.gets += 1
        return self.gets
class WithCounter:
    c = Counter()
w = WithCounter()
print(w.c, w.c, WithCounter.c, WithCounter.__dict__["c"].gets)
