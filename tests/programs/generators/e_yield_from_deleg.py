# yield from: return values, send/throw/close delegation, non-generator iterables, nested delegation.
def inner():
    x = yield "inner-1"
    print("inner got", x)
    try:
        yield "inner-2"
    except ValueError as e:
        print("inner handled", e)
        yield "inner-recovered"
    return "inner-result"
def outer():
    result = yield from inner()
    print("outer got result", result)
    yield from [10, 20]
    yield from "ab"
    r2 = yield from range(2)
    print("range result", r2)
    return "outer-done"
g = outer()
print(next(g), g.send("hello"), g.throw(ValueError("boom")), next(g))
print(list(g))
def deep(n):
    if n == 0:
        yield "bottom"
        return 0
    got = yield from deep(n - 1)
    yield f"level {n}"
    return got + n
d = deep(4)
print(list(d))
def total(n):
    r = yield from deep(n)
    yield r
print(list(total(5))[-1])
def closing_inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")
def closing_outer():
    try:
        yield from closing_inner()
    finally:
        print("outer finally")
co = closing_outer()
next(co)
co.close()
def no_throw_iter():
    yield from iter([1, 2, 3])
n = no_throw_iter()
next(n)
try:
    n.throw(KeyError("k"))
except KeyError as e:
    print(type(e).__name__, e)
def bad_from():
    yield from 5
try:
    list(bad_from())
except TypeError as e:
    print(type(e).__name__, e)
def pipeline():
    acc = []
    while True:
        item = yield
        if item is None:
            return acc
        acc.append(item * 2)
def driver():
    result = yield from pipeline()
    yield result
dr = driver()
next(dr)
for v in (1, 2, 3):
    dr.send(v)
print(dr.send(None))
