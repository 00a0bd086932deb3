# Iteration and subscripts of subclasses of tuple/str/bytes/list: an overridden
# __iter__ or __getitem__ wins everywhere (for, list(), unpacking, star-unpacking,
# comprehensions, sorted, min/max, join); without overrides, the built-in behaviour.

class T(tuple):
    def __iter__(self):
        yield "over"

    def __getitem__(self, i):
        return "gi"


class S(str):
    def __iter__(self):
        return iter(["x", "y"])


class B(bytes):
    def __iter__(self):
        return iter([7])


class L(list):
    def __iter__(self):
        return iter([1, 2, 3])

    def __getitem__(self, i):
        return "lgi"


class PlainT(tuple):
    pass


class PlainS(str):
    pass


class PlainB(bytes):
    pass


t = T((1, 2))
print(list(t), t[0], t[5], [x for x in t], tuple(t))
(a,) = t
print(a)
first, *rest = T((1, 2, 3))
print(first, rest)
print(list(S("ab")), "-".join(S("abc")), sorted(S("zz")), min(S("ba")))
print(list(B(b"ab")), set(B(b"xyz")))
print(list(L([9])), L([9])[0], [v for v in L([])])
for c in S("q"):
    print("char", c)

p = PlainT((3, 1, 2))
print(list(p), p[0], p[-1], p[1:], sorted(p), len(p))
x, y, z = p
print(x, y, z)
ps = PlainS("hey")
print(list(ps), ps[1], ps[::-1], "".join(reversed(ps)))
pb = PlainB(b"\x01\x02")
print(list(pb), pb[0], pb[1:])
try:
    p[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    (q,) = p
except ValueError as e:
    print(type(e).__name__, e)
