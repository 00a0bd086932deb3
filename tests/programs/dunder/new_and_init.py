# __new__ vs __init__: singletons, immutable subclasses, caching, __init__ return checks.
class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            print("  creating instance")
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        print(f"  __init__({value})")
        self.value = value
a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)

class UpperStr(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = UpperStr("hello")
print(u, type(u).__name__, isinstance(u, str), u + "!", len(u), u.lower())

class Celsius(float):
    def __new__(cls, degrees):
        if degrees < -273.15:
            raise ValueError("below absolute zero")
        return super().__new__(cls, degrees)
    def __repr__(self):
        return f"Celsius({float(self)})"
c = Celsius(21.5)
print(c, c + 1, type(c + 1).__name__, repr(c))
try:
    Celsius(-300)
except ValueError as e:
    print(type(e).__name__, e)

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
p = Point(3, 4)
print(p, p.x, p.y, len(p), p == (3, 4), isinstance(p, tuple))

class NotSelf:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called because __new__ returned a non-instance")
print(NotSelf())
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)
class Interned:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            obj = super().__new__(cls)
            obj.key = key
            cls._cache[key] = obj
        return cls._cache[key]
print(Interned("a") is Interned("a"), Interned("a") is Interned("b"), len(Interned._cache))
class MyList(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.note = "custom"
ml = MyList([3, 1, 2])
ml.sort()
print(ml, ml.note, type(ml).__name__, ml + [4], type(ml + [4]).__name__)
