# functools.partial: arguments, keywords, attributes, flattening, repr
import functools
from functools import partial

def f(a, b, c=0, *args, **kw):
    return (a, b, c, args, kw)

p = partial(f, 1)
print(p(2), p(2, 3, 4, x=5))
print(p.func is f, p.args, p.keywords)
q = partial(f, 1, c=9)
print(q(2), q(2, c=3), q.keywords)
r = partial(q, 2, d=4)
print(r(), r.func is f, r.args, r.keywords)
print(partial(max, 3)(1, 5), partial(int, base=2)("1011"))
print(repr(partial(max, 1, 2)), repr(partial(sorted, key=len)))
print(repr(partial(partial(max, 1), 2)))
print(type(p).__name__, type(p).__module__, isinstance(p, partial), callable(p))
basetwo = partial(int, base=2)
basetwo.__doc__ = "Convert base 2 string to an int."
print(basetwo("10010"), basetwo.__doc__)
p.note = "attr"
print(p.note)
pp = partial(p, 5)
print(pp.func is p, pp())
for args in [(), (1,), ("x", 1)]:
    try:
        partial(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    partial(f)()
except TypeError as e:
    print(type(e).__name__, e)
kw = partial(dict, a=1)
print(kw(b=2), kw(a=3))
adders = [partial(lambda x, y: x + y, i) for i in range(3)]
print([a(10) for a in adders])
print(list(map(partial(pow, 2), range(6))))
print(sorted(["bb", "a", "ccc"], key=partial(len)))
