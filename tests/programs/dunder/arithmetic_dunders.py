# Arithmetic dunders: normal, reflected, in-place, unary; NotImplemented handling.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return NotImplemented
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, n):
        return Vec(self.x ** n, self.y ** n)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self):
        return Vec(self.y, self.x)
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)

a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, a * b, b / 2, b // 2, b % 2, a ** 2)
print(-a, +a, abs(b), ~a, a == Vec(1, 2), a != b)
c = a
c += b
print(a, c is a)
try:
    a + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "s" * a
except TypeError as e:
    print(type(e).__name__, e)

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, o):
        if isinstance(o, int):
            return Money(self.cents + o)
        return Money(self.cents + o.cents)
    __radd__ = __add__
    def __repr__(self):
        return f"${self.cents / 100:.2f}"
print(sum([Money(150), Money(275), Money(5)]), 10 + Money(90))
