# __format__ with format specs, format() of user classes inheriting object.__format__, and __str__/__repr__ fallbacks.
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        if spec.endswith("C") or spec == "":
            return format(self.c, (spec[:-1] if spec else "") + "f") + "°C"
        raise ValueError(f"bad temperature spec {spec!r}")
    def __str__(self):
        return f"Temp({self.c})"
t = Temp(21.5)
print(f"{t}", f"{t:.1C}", f"{t:.0F}", f"{t:>10.2F}", format(t, ".3C"), "{:.1F}".format(t), str(t))
try:
    format(t, "X")
except ValueError as e:
    print(type(e).__name__, e)
class Plain:
    def __str__(self):
        return "plain-str"
    def __repr__(self):
        return "plain-repr"
p = Plain()
print(format(p), f"{p}", f"{p!r}", "{}".format(p), "{!r:>12}".format(p), str(p), repr(p), [p], (p,), {p: p} if False else "-")
try:
    format(p, ">5")
except TypeError as e:
    print(type(e).__name__, e)
class OnlyRepr:
    def __repr__(self):
        return "only-repr"
print(str(OnlyRepr()), f"{OnlyRepr()}", format(OnlyRepr(), ""), "%s %r" % (OnlyRepr(), OnlyRepr()))
class StrReturnsNonStr:
    def __str__(self):
        return 5
try:
    str(StrReturnsNonStr())
except TypeError as e:
    print(type(e).__name__, e)
class ReprReturnsNonStr:
    def __repr__(self):
        return None
try:
    repr(ReprReturnsNonStr())
except TypeError as e:
    print(type(e).__name__, e)
class Money(float):
    def __format__(self, spec):
        return "$" + super().__format__(spec or ",.2f")
m = Money(1234567.891)
print(f"{m}", f"{m:.0f}", format(m, "_.1f"), m + 1)
class IntLike(int):
    def __str__(self):
        return f"IntLike<{int(self)}>"
il = IntLike(42)
print(str(il), f"{il}", f"{il:5d}", format(il, "x"), repr(il), "%d %s" % (il, il))
class Nested:
    def __format__(self, spec):
        return f"[{spec}]"
print(f"{Nested():{'a'}{'b'}}", f"{Nested():{3}>{4}}", "{0:{1}}".format(Nested(), "dyn"))
print(object.__format__(p, ""), type(format(p, "")).__name__, format(3, "") == str(3))
