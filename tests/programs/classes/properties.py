# property: getters, setters, deleters, validation, computed attributes.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"temperature below absolute zero: {value}")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("  deleting celsius")
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius, round(t.fahrenheit, 6))
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__, e)

class ReadOnly:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        "the value"
        return self._v
r = ReadOnly()
try:
    r.v = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del r.v
except AttributeError as e:
    print(type(e).__name__, e)
print(type(ReadOnly.v).__name__, ReadOnly.v.__doc__)

class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    area = property(lambda self: self.w * self.h, doc="area of the rectangle")
    def _get_size(self):
        return (self.w, self.h)
    def _set_size(self, size):
        self.w, self.h = size
    size = property(_get_size, _set_size)
rect = Rect(3, 4)
print(rect.area, rect.size)
rect.size = (5, 6)
print(rect.area, Rect.area.__doc__)
class Lazy:
    computed = 0
    @property
    def expensive(self):
        Lazy.computed += 1
        return sum(range(100))
lz = Lazy()
print(lz.expensive, lz.expensive, Lazy.computed)
