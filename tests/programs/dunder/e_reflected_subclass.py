# Binary operators: NotImplemented fallbacks, reflected methods, subclass reflected priority, in-place fallbacks.
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print(f"  {type(self).__name__}.__add__")
        return type(self)(self.v + (o.v if isinstance(o, Num) else o)) if isinstance(o, (Num, int)) else NotImplemented
    def __radd__(self, o):
        print(f"  {type(self).__name__}.__radd__")
        return type(self)(o + self.v) if isinstance(o, int) else NotImplemented
    def __sub__(self, o):
        return NotImplemented
    def __rsub__(self, o):
        print(f"  {type(self).__name__}.__rsub__")
        return f"rsub({o!r})"
    def __repr__(self):
        return f"{type(self).__name__}({self.v})"
class Sub(Num):
    def __radd__(self, o):
        print("  Sub.__radd__ (preferred)")
        return Sub(-1)
print(Num(1) + 2)
print(3 + Num(4))
print(Num(1) + Num(2))
print(Num(1) + Sub(2))
print(Sub(1) + Num(2))
print(5 - Num(1))
try:
    Num(1) - Num(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Num(1) + "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "s" + Num(1)
except TypeError as e:
    print(type(e).__name__, e)
class OnlyAdd:
    def __init__(self):
        self.log = []
    def __add__(self, o):
        self.log.append("__add__")
        return self
a = OnlyAdd()
a += 1
print(a.log, type(a).__name__)
class IAdd(OnlyAdd):
    def __iadd__(self, o):
        self.log.append("__iadd__")
        return NotImplemented
b = IAdd()
b += 1
print(b.log)
class Weird:
    def __mul__(self, o):
        return "mul"
    __rmul__ = __mul__
print(Weird() * 2, 2 * Weird(), [1] * 2, Weird() * Weird())
try:
    Weird() @ 1
except TypeError as e:
    print(type(e).__name__, e)
class SameType:
    def __lt__(self, o):
        return NotImplemented
    def __gt__(self, o):
        return "reflected gt"
print(SameType() < SameType())
class Int2(int):
    def __radd__(self, o):
        return "Int2.__radd__"
    def __add__(self, o):
        return "Int2.__add__"
print(1 + Int2(2), Int2(2) + 1, True + Int2(0))
class Str2(str):
    def __radd__(self, o):
        return "Str2 radd"
print("a" + Str2("b"), Str2("b") + "a")
