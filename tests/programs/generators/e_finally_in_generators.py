# Generators with try/finally: close() runs finally, return in finally, exceptions raised during close().
log = []
def gen():
    try:
        yield 1
        yield 2
    finally:
        log.append("finally")
g = gen()
print(next(g), log)
g.close()
print(log, g.gi_frame is None if hasattr(g, "gi_frame") else True)
g.close()
print(list(g), next(g, "done"))
def swallow():
    try:
        yield 1
    finally:
        return "ignored"
s = swallow()
next(s)
print(s.close(), list(s))
def yield_in_finally():
    try:
        yield 1
    finally:
        yield 2
y = yield_in_finally()
next(y)
try:
    y.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def raise_in_finally():
    try:
        yield 1
    finally:
        raise ValueError("during close")
r = raise_in_finally()
next(r)
try:
    r.close()
except ValueError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
def catch_exit():
    try:
        yield 1
    except GeneratorExit:
        log.append("caught GeneratorExit")
        raise
c = catch_exit()
next(c)
c.close()
print(log[-1])
def fresh():
    log.append("body started")
    yield 1
f = fresh()
f.close()
print(list(f), "body started" in log)
def ret_value():
    yield 1
    return "result"
rv = ret_value()
next(rv)
try:
    next(rv)
except StopIteration as e:
    print(type(e).__name__, e.value, e.args)
