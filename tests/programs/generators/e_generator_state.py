# Generator objects: laziness, reuse after exhaustion, gi_running, recursion through generators, generator expressions.
def numbers():
    print("start")
    for i in range(3):
        print("yielding", i)
        yield i
    print("end")
g = numbers()
print("created")
print(next(g))
print(list(g))
print(list(g), next(g, None))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
def take(it, n):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
print(list(take(fib(), 8)), list(take("abcdef", 3)), list(take([], 5)))
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, [5]]]], 6, [], [[7]]])))
gi = (i * i for i in range(5))
print(type(gi).__name__, iter(gi) is gi, sum(gi), sum(gi))
def gen_with_args(a, *rest, key="k", **kw):
    yield a
    yield rest
    yield key
    yield sorted(kw.items())
print(list(gen_with_args(1, 2, 3, key="K", z=1, y=2)))
def running_check():
    yield gen_obj.gi_running
gen_obj = running_check()
print(gen_obj.gi_running, next(gen_obj), gen_obj.gi_running)
print(numbers.__name__, type(numbers()).__name__, hasattr(g, "send"), hasattr(g, "__next__"))
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
p = primes()
print([next(p) for _ in range(15)])
def chained(*iterables):
    for it in iterables:
        yield from it
print(list(chained([1, 2], (3,), "xy", range(2), {9: 0})))
def countdown(n):
    while n > 0:
        n -= 1
        if n == 2:
            continue
        yield n
print(list(countdown(5)), list(zip(countdown(3), fib())), dict(zip("abc", countdown(10))))
