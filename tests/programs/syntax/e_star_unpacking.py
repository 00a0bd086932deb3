# Star unpacking everywhere: assignments, for targets, calls, list/tuple/set/dict displays, nested targets.
a, *b = [1, 2, 3]
*c, d = "xyz"
e, *f, g = range(6)
print(a, b, c, d, e, f, g)
(h, *i), j = "abc", 5
print(h, i, j)
[k, [l, *m]] = [1, [2, 3, 4]]
print(k, l, m)
for x, *rest in [(1, 2, 3), (4,), "ab"]:
    print(x, rest)
for (p, q), *tail in [((1, 2), 3, 4), ((5, 6),)]:
    print(p, q, tail)
print([*range(3), *"ab", *[]], (*[1, 2],), {*"aab"} == {"a", "b"}, {**{"a": 1}, "b": 2, **{"a": 3}})
print(*[1, 2], *(3,), sep="-")
def f3(*args, **kw):
    return args, kw
print(f3(*[1], 2, *(3, 4), k=1, **{"z": 2}))
first, *_ = "only"
print(first, _)
*everything, = (1, 2)
print(everything)
try:
    x, *y, z = [1]
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    x, y = [1, 2, 3]
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    x, y, z = [1, 2]
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    a, b = None
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    (a, b), c = 1, 2
except TypeError as ex:
    print(type(ex).__name__, ex)
def gen():
    yield from range(4)
head, *body, last = gen()
print(head, body, last)
n1, n2, *n3 = {1: "a", 2: "b", 3: "c"}
print(n1, n2, n3)
m1, *m2 = {"k": 1}.items()
print(m1, m2)
matrix = [[1, 2], [3, 4]]
print(*matrix, list(zip(*matrix)), [*map(sum, matrix)])
lst = [0, 0, 0]
lst[0], *lst[1:] = "abc"
print(lst)
obj = type("O", (), {})()
obj.a, (obj.b, *obj.c) = 1, (2, 3, 4)
print(obj.a, obj.b, obj.c)
x = y = [1]
x, y = y, x
print(x is y, x)
i = 0
items = [10, 20, 30]
i, items[i] = 1, 99
print(i, items)
