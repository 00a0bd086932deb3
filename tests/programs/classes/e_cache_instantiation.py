# Instantiation caches under change: __init__ replaced on a class and a subclass, made to
# return a value, removed; __new__ defined later and removed; argument errors.


class V:
    def __init__(self, x):
        self.x = x


class W(V):
    pass


for i in range(3):
    print(V(i).x, W(i).x)
old_init = V.__init__
V.__init__ = lambda self, x: setattr(self, "x", x * 2)
print(V(4).x, W(4).x)
W.__init__ = lambda self, x, y=1: setattr(self, "x", x + y)
print(V(4).x, W(4).x, W(4, 5).x)
V.__init__ = lambda self, x: 5
try:
    V(1)
except TypeError as e:
    print(type(e).__name__, e)
V.__init__ = old_init
del W.__init__
print(V(3).x, W(3).x)


def new(cls, *args):
    print("new", cls.__name__, args)
    return object.__new__(cls)


V.__new__ = staticmethod(new)
print(V(7).x, W(8).x)
V.__new__ = staticmethod(lambda cls, x: 42)
print(V(1), W(2))
try:
    V(1, 2)
except TypeError as e:
    print(type(e).__name__, e)


class P:
    pass


for i in range(3):
    print(P().__class__.__name__)
P.__init__ = lambda self, a: setattr(self, "a", a)
print(P(5).a)
try:
    P()
except TypeError as e:
    print(type(e).__name__, e)
del P.__init__
try:
    P(1)
except TypeError as e:
    print(type(e).__name__, e)
