# Generator functions: lazy evaluation, state, StopIteration, return values.
def countdown(n):
    print("  start countdown")
    while n > 0:
        yield n
        n -= 1
    print("  countdown done")

g = countdown(3)
print(type(g).__name__)
print(next(g))
print(list(g))
print(next(g, "exhausted"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)

def with_return():
    yield 1
    return "result value"
g = with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])

def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
print(list(take(5, fib())), list(take(0, fib())))

def evens(it):
    for v in it:
        if v % 2 == 0:
            yield v
def squares(it):
    for v in it:
        yield v * v
print(list(take(5, squares(evens(fib())))))

def empty():
    return
    yield
print(list(empty()), type(empty()).__name__)
gen = (i for i in range(2))
print(iter(gen) is gen, next(gen), next(gen), next(gen, None))
def gen_with_local_state():
    total = 0
    for i in range(1, 6):
        total += i
        yield i, total
print(dict(gen_with_local_state()))
