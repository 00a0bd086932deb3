# Generator expressions: laziness, single use, as function arguments.
g = (x * 2 for x in range(5))
print(type(g).__name__, next(g), next(g), list(g), list(g))
print(sum(x * x for x in range(10)), max(len(w) for w in ["a", "bbb", "cc"]), min((x for x in [4, 2, 8])))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, -1]))
log = []
def src():
    for i in range(5):
        log.append(f"produce {i}")
        yield i
lazy = (i * 10 for i in src() if i % 2 == 0)
print("created", log)
print(next(lazy), log)
print(next(lazy), log)
print(list(lazy), len(log))
print("".join(c.upper() for c in "abc"), tuple(i for i in range(3)), sorted(x % 3 for x in range(7)))
pairs = ((x, y) for x in range(3) for y in "ab")
print(list(pairs))
nums = [1, 2, 3]
g2 = (n * 100 for n in nums)
nums.append(4)
print(list(g2))
outer_iter = [10, 20]
g3 = (x for x in outer_iter)
outer_iter = [99]
print(list(g3))
def first(it, pred):
    return next((x for x in it if pred(x)), None)
print(first(range(100), lambda v: v * v > 50), first([], bool))
gen = (1 / x for x in [1, 0, 2])
print(next(gen))
try:
    next(gen)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(list(gen))
print(sum(1 for line in "a\nb\n\nc".split("\n") if line))
total = sum(x for x in range(1_000))
print(total)
