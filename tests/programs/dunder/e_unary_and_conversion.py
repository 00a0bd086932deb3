# Unary operator dunders, __int__/__float__/__index__/__round__/__abs__ conversions and their TypeErrors.
class V:
    def __init__(self, x):
        self.x = x
    def __neg__(self):
        return V(-self.x)
    def __pos__(self):
        return V(abs(self.x))
    def __invert__(self):
        return V(~self.x)
    def __abs__(self):
        return self.x if self.x >= 0 else -self.x
    def __int__(self):
        return int(self.x)
    def __float__(self):
        return float(self.x)
    def __round__(self, n=None):
        return f"round({self.x}, {n})"
    def __repr__(self):
        return f"V({self.x})"
v = V(-3)
print(-v, +v, ~v, abs(v), int(v), float(v), round(v), round(v, 2), --v, -+~v)
class Nothing:
    pass
for op in [lambda o: -o, lambda o: +o, lambda o: ~o, abs, int, float, round, complex if False else len]:
    try:
        op(Nothing())
    except TypeError as e:
        print(type(e).__name__, e)
class BadFloat:
    def __float__(self):
        return "1.5"
try:
    float(BadFloat())
except TypeError as e:
    print(type(e).__name__, e)
class IndexOnly:
    def __index__(self):
        return 3
print(float(IndexOnly()), int(IndexOnly()), -IndexOnly().__index__(), abs(-True), -True, +False, ~True)
print(-(-0.0), +(-0.0), -(0), ~0, ~(2 ** 64), -(2 ** 63), abs(-(2 ** 63)), -float("inf"), -(-(-5)))
print(not V(0), not Nothing(), bool(V(0)), [-x for x in range(3)], [~x for x in range(3)])
