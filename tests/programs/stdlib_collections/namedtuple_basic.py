from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p))
print(p == (1, 2), p + (3,), tuple(p), list(p), hash(p) == hash((1, 2)))
x, y = p
print(x, y, isinstance(p, tuple), type(p).__name__)
print(Point._fields, Point.__name__, Point.__qualname__, Point.__module__)
print(Point(x=5, y=6), Point(7, y=8))
print(p._asdict(), p._replace(x=10), Point._make([3, 4]), Point._make(range(2)))
print(Point.__doc__, Point.x.__doc__, Point.__new__.__doc__)
try:
    Point._make([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    p._replace(z=1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__)
for args, kwargs in (((1,), {}), ((1, 2, 3), {}), ((1,), {"x": 2}), ((1, 2), {"z": 3}), ((), {})):
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)
P3 = namedtuple("P3", "a b c")
P3b = namedtuple("P3b", "a, b,c")
print(P3(1, 2, 3), P3b._fields)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(max(Point(1, 9), Point(2, 0)), Point(1, 2) < Point(1, 3))
d = {p: "origin-ish"}
print(d[Point(1, 2)], d[(1, 2)])
print(Point.__match_args__, Point._field_defaults)
print("%s and %s" % p, "{0.x}/{0.y}".format(p), f"{p!r}")
Single = namedtuple("Single", "only")
print(Single(1), Single.__doc__)
Empty = namedtuple("Empty", "")
print(Empty(), Empty._fields, len(Empty()))
