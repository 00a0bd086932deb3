# Generator send(), throw(), close() and GeneratorExit handling.
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return count

avg = averager()
print(next(avg))
print(avg.send(10), avg.send(20), avg.send(60))
try:
    avg.send(None)
except StopIteration as e:
    print("finished after", e.value, "values")

def not_started():
    x = yield 1
    print("got", x)
g = not_started()
try:
    g.send("too early")
except TypeError as e:
    print(type(e).__name__, e)
print(g.send(None))

def resilient():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("  caught inside:", e)
            yield "recovered"
r = resilient()
print(next(r))
print(r.throw(ValueError("bad value")))
print(next(r))
try:
    r.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated:", repr(e))
print(next(r, "closed after exception"))
