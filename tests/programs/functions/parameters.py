# Positional-only, keyword-only, defaults, *args, **kwargs and their errors.
def f(a, b, /, c, d=4, *args, e, f=6, **kwargs):
    return a, b, c, d, args, e, f, sorted(kwargs.items())

print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, e=5))
print(f(1, 2, 3, 40, 50, 60, e=5, f=7, g=8, a=9))

def pos_only(x, y, /):
    return x - y
print(pos_only(5, 3))

def kw_only(*, key, reverse=False):
    return key, reverse
print(kw_only(key="k"), kw_only(reverse=True, key=1))

def defaults(a, b=[], c=None):
    b.append(a)
    return b, c
print(defaults(1), defaults(2), defaults(3, []))
print(len(defaults.__defaults__), defaults.__defaults__[0])

cases = [
    lambda: f(1, 2),
    lambda: f(1, 2, 3),
    lambda: f(a=1, b=2, c=3, e=5),
    lambda: pos_only(1, y=2),
    lambda: pos_only(1, 2, 3),
    lambda: kw_only("k"),
    lambda: kw_only(),
    lambda: kw_only(key=1, other=2),
    lambda: f(1, 2, 3, c=3, e=5),
    lambda: defaults(),
]
for case in cases:
    try:
        case()
    except TypeError as e:
        print(type(e).__name__, e)

def star(*args, **kwargs):
    return args, kwargs
print(star(), star(1, *[2, 3], x=1, **{"y": 2}), star(*(), **{}))
try:
    star(**{"x": 1}, x=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    star(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)

def mixed(a, *rest, sep=", "):
    return sep.join(str(v) for v in (a,) + rest)
print(mixed(1), mixed(1, 2, 3), mixed("x", "y", sep="-"))
def kw_collision(a, **kw):
    return a, kw
print(kw_collision(1, b=2), kw_collision(a=1, c=3))
