# Generator return values through StopIteration, close() semantics after partial consumption, generators in loops.
def gen_ret():
    yield 1
    yield 2
    return "final"
g = gen_ret()
values = []
while True:
    try:
        values.append(next(g))
    except StopIteration as e:
        values.append(("returned", e.value))
        break
print(values)
def collect():
    result = yield from gen_ret()
    return [result] * 2
c = collect()
print(list(c))
def catcher():
    try:
        yield "a"
        yield "b"
    except GeneratorExit:
        print("  got GeneratorExit")
        raise
    finally:
        print("  cleanup")
k = catcher()
print(next(k))
k.close()
k.close()
print(next(k, "closed"))
def empty():
    return
    yield
print(list(empty()), next(empty(), "empty"), type(empty()).__name__)
def return_none():
    yield 1
    return None
r = return_none()
next(r)
try:
    next(r)
except StopIteration as e:
    print("value is None:", e.value is None, e.args)
def multi():
    for i in range(3):
        got = yield i
        if got == "stop":
            return f"stopped at {i}"
m = multi()
print(next(m), m.send(None), end=" ")
try:
    m.send("stop")
except StopIteration as e:
    print(e.value)
def inner_exc():
    yield 1
    raise ValueError("inside generator")
try:
    for v in inner_exc():
        print("got", v)
except ValueError as e:
    print(type(e).__name__, e)
