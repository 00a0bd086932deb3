# Bitwise dunders, reflected shifts, and in-place operators with and without __i*__ methods.
class Bits:
    def __init__(self, v): self.v = v
    def __and__(self, o): return Bits(self.v & o.v)
    def __or__(self, o): return Bits(self.v | o.v)
    def __xor__(self, o): return Bits(self.v ^ o.v)
    def __lshift__(self, n): return Bits(self.v << n)
    def __rshift__(self, n): return Bits(self.v >> n)
    def __rlshift__(self, n): return f"rlshift {n}"
    def __repr__(self): return bin(self.v)
x, y = Bits(0b1100), Bits(0b1010)
print(x & y, x | y, x ^ y, x << 2, x >> 2, 1 << x)
class Inplace:
    def __init__(self): self.log = []
    def __imul__(self, o): self.log.append(("imul", o)); return self
    def __isub__(self, o): self.log.append(("isub", o)); return self
    def __ior__(self, o): self.log.append(("ior", o)); return self
    def __ifloordiv__(self, o): self.log.append(("ifloordiv", o)); return self
i = Inplace()
i *= 2; i -= 3; i |= 4; i //= 5
print(i.log)
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
o = OnlyAdd(1)
o += 5
print(o.v)
