# Walrus in comprehensions binds in the enclosing scope; loop variables do not leak; class-scope rules.
data = [3, 8, 1, 9, 4]
big = [y for x in data if (y := x * 2) > 6]
print(big, y)
total = 0
running = [total := total + x for x in data]
print(running, total)
print(any((hit := v) > 8 for v in data), hit)
print([x for x in range(3)], "x" in dir())
x = "outer"
print([x for x in "ab"], x)
def f():
    vals = [last := i for i in range(4)]
    return vals, last
print(f())
def g():
    [w := 1 for _ in range(0)]
    try:
        return w
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(g())
def h():
    try:
        return [z for z in range(3)], z
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(h())
class C:
    base = 10
    items = [base + i for i in range(2)] if False else None
    try:
        bad = [base + i for i in range(2)]
    except NameError as e:
        err = str(e)
    ok = [i for i in range(base, base + 2)]
print(C.err, C.ok)
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)], [v for row in matrix for v in row if v % 2])
print({k: (sq := k * k) for k in range(3)}, sq, {(m := v % 3) for v in range(10)}, m)
gen = (n * n for n in range(4))
print(next(gen), list(gen), list(gen))
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs], [(lambda i=i: i)() for i in range(3)])
print([i for i in range(10) if i % 2 if i % 3], [(a, b) for a in range(3) for b in range(a)])
print([*(c for c in "ab"), *[d for d in "cd"]], sum(x for x in range(5)), max((v for v in []), default="empty"))
nested = [(lambda: [j for j in range(k)])() for k in range(4)]
print(nested)
try:
    print([q for q in 5])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1 / v for v in (1, 0)])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
