# __repr__, __str__, __format__ and how print/str/repr/format/f-strings pick them.
class Both:
    def __repr__(self):
        return "Both(repr)"
    def __str__(self):
        return "Both(str)"

class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"

class StrOnly:
    def __str__(self):
        return "StrOnly as str"

b, r = Both(), ReprOnly()
print(b, r, str(b), repr(b), str(r), [b, r], (b,), {"k": b})
print(f"{b} {b!r} {r} {r!s}", "%s %r" % (b, b), "{} {!r}".format(b, b))
print(str(StrOnly()), "repr has address:", repr(StrOnly()).startswith("<__main__.StrOnly object at"))

class Money:
    def __init__(self, amount, cur="EUR"):
        self.amount, self.cur = amount, cur
    def __format__(self, spec):
        if not spec:
            return f"{self.amount:.2f} {self.cur}"
        if spec == "short":
            return f"{self.amount:.0f}{self.cur[0]}"
        return format(self.amount, spec) + " " + self.cur
    def __str__(self):
        return format(self)
    def __repr__(self):
        return f"Money({self.amount!r}, {self.cur!r})"

m = Money(1234.5)
print(m, repr(m), f"{m}", f"{m:short}", f"{m:,.1f}", format(m, ">10.1f"), "{:short}".format(m))
print([m], str([m]))

class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class Recursive:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return f"Node{self.children!r}"
root = Recursive()
root.children.append(Recursive())
root.children[0].children.append(Recursive())
print(root, repr(root))
class NoFormatSpec:
    pass
try:
    format(NoFormatSpec(), "x")
except TypeError as e:
    print(type(e).__name__, e)
