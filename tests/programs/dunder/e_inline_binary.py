# Binary dunders of user classes run inline by the interpreter: NotImplemented falling back
# to the reflected method, a subclass operand whose __rop__ goes first, in-place operators
# with and without __iop__, dunders reassigned on the class, defaults, errors, recursion.

class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, int):
            return V(self.x + o)
        return NotImplemented
    def __sub__(self, o, scale=1):
        return V(self.x - o.x * scale)
    def __repr__(self):
        return f"V({self.x})"

class R:
    def __radd__(self, o):
        return f"R.__radd__({o!r})"

class W(V):
    def __radd__(self, o):
        return W(o.x * 100 + self.x)
    def __repr__(self):
        return f"W({self.x})"

a, b = V(1), V(2)
print(a + b, a + 5, a - b, a + R(), V(1) + W(2))
for other in ("s", 1.5, None):
    try:
        print(a + other)
    except TypeError as e:
        print(type(e).__name__, e)

c = V(10)
c += V(1)
c += 2
print("inplace", c)

class I(V):
    def __iadd__(self, o):
        self.x += 1000
        return self
d = I(1)
d += V(1)
print("iadd", d.x, type(d).__name__)

def mul(self, o):
    return V(self.x * o.x)
V.__mul__ = mul
print("assigned", a * b, V(3) * V(4))
V.__add__ = lambda self, o: "replaced"
print("replaced", a + b)
del V.__add__
try:
    a + b
except TypeError as e:
    print(type(e).__name__, e)

class Boom:
    def __truediv__(self, o):
        raise ZeroDivisionError(f"boom {o}")
    def __mod__(self, o):
        return self % o if o > 0 else o
for o in (0, 3):
    try:
        print(Boom() / o)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
try:
    Boom() % 100000
except RecursionError as e:
    print(type(e).__name__, e)
print(Boom() % 0, Boom() % -2)

class N:
    def __init__(self, n):
        self.n = n
    def __add__(self, o):
        return N(self.n + o.n) if self.n < 5 else self.n
total = N(0)
for i in range(8):
    total = total + N(1)
    if not isinstance(total, N):
        print("stopped at", i, total)
        break
