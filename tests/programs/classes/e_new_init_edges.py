# __new__ and __init__: __new__ returning other types skips __init__, __init__ returning non-None, argument errors.
class Pooled:
    _pool = {}
    def __new__(cls, key):
        if key in cls._pool:
            return cls._pool[key]
        obj = super().__new__(cls)
        cls._pool[key] = obj
        return obj
    def __init__(self, key):
        print(f"  __init__({key!r})")
        self.key = key
a = Pooled("x")
b = Pooled("x")
print(a is b, a.key)
class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never runs")
print(NotMine(), type(NotMine()).__name__)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__, e)
class OnlyNew:
    def __new__(cls, *args):
        print("  __new__ got", args)
        return super().__new__(cls)
o = OnlyNew(1, 2)
print(type(o).__name__)
class OnlyInit:
    def __init__(self, a, b=2):
        self.total = a + b
print(OnlyInit(1).total, OnlyInit(1, b=5).total)
try:
    OnlyInit()
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
class Sub(Pooled):
    pass
s = Sub("y")
print(type(s).__name__, "y" in Pooled._pool, s.key)
class Factory:
    def __new__(cls, kind):
        target = {"a": A, "b": B}[kind]
        return super().__new__(target)
class A(Factory):
    def __init__(self, kind):
        self.desc = "A-init " + kind
class B(Factory):
    def __init__(self, kind):
        self.desc = "B-init " + kind
print(Factory("a").desc, Factory("b").desc, type(Factory("a")).__name__)
class Immutable(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
im = Immutable(1, 2)
print(im, im[0], type(im).__name__, len(im), im + (3,))
