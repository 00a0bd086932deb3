# property: getter/setter/deleter chains, property() called directly, doc, read-only and delete errors, in subclasses.
class Temp:
    def __init__(self):
        self._c = 0
    def _get(self):
        return self._c
    def _set(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    def _del(self):
        print("  deleting")
        self._c = 0
    celsius = property(_get, _set, _del, "Temperature in C")
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__, type(Temp.celsius).__name__)
del t.celsius
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
class Chain:
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, x):
        self._v = x * 2
    @v.deleter
    def v(self):
        del self._v
c = Chain()
c.v = 5
print(c.v, hasattr(c, "_v"))
del c.v
print(hasattr(c, "_v"))
try:
    c.v
except AttributeError as e:
    print(type(e).__name__, e)
class Sub(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return f"sub sees {self._c}"
s = Sub()
s.celsius = 5
print(s.celsius, Temp.celsius.fget is not Sub.celsius.fget, Sub.celsius.fset is Temp.celsius.fset)
p = property()
try:
    p.__get__(t, Temp)
except AttributeError as e:
    print(type(e).__name__, e)
print(p.fget, p.fset, p.__get__(None, Temp) is p)
