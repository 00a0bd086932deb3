# Generator states, re-entrancy errors, generators holding resources, infinite generators.
def gen():
    yield 1
    yield 2

g = gen()
print(list(zip(g, "ab")))
print(next(g, "stopped"))

def self_ref():
    yield next(me)
me = self_ref()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)

def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == "reset":
            i = 0
        else:
            i += 1
c = counter()
print(next(c), next(c), next(c), c.send("reset"), next(c))

def resource(name, log):
    log.append(f"open {name}")
    try:
        for i in range(3):
            yield f"{name}:{i}"
    finally:
        log.append(f"close {name}")
log = []
gen_a = resource("a", log)
for item in gen_a:
    log.append(item)
    if item.endswith("1"):
        break
print(log)
gen_a.close()  # explicit: when an abandoned generator is finalized is implementation-specific
print(log)
r = resource("b", log)
next(r)
r.close()
print(log[-2:])

def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1
p = primes()
print([next(p) for _ in range(20)])

def raiser():
    yield 1
    raise RuntimeError("boom in generator")
rg = raiser()
print(next(rg))
try:
    next(rg)
except RuntimeError as e:
    print(type(e).__name__, e)
print(next(rg, "exhausted after raise"))
def stop_inside():
    yield 1
    raise StopIteration("explicit")
try:
    print(list(stop_inside()))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
