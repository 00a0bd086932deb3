# Generator expressions: first iterable bound early, later ones late; closures over loop vars; exhaustion.
x = [1, 2, 3]
g = (v * 10 for v in x)
x = [9, 9]
print(list(g))
y = [1, 2]
g2 = (a + b for a in [10, 20] for b in y)
y = [100]
print(list(g2))
def make():
    return [(lambda: i) for i in range(3)], [(lambda i=i: i) for i in range(3)]
late, early = make()
print([f() for f in late], [f() for f in early])
gens = [(i * j for j in range(3)) for i in range(3)]
print([list(gg) for gg in gens])
def counter():
    n = 0
    while True:
        n += 1
        yield n
c = counter()
pairs = list(zip(c, "abc"))
print(pairs, next(c))
total = sum(v for v in range(100) if v % 7 == 0)
print(total, max((len(w), w) for w in "a bbb cc".split()), min(v * v for v in [-3, 2, -1]))
it = (ch.upper() for ch in "hello")
print(next(it), next(it), "".join(it), list(it))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
print(any(v > 2 for v in [1, 2, 3]), all(v for v in []), list(v for v in (1, 2) if v - 1))
squares = (n * n for n in range(5))
print(3 * 3 in squares, list(squares))
try:
    list(1 / v for v in [1, 0, 2])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
class Box:
    items = [1, 2, 3]
    doubled = list(v * 2 for v in items)
print(Box.doubled)
def outer():
    k = 5
    return list(k * v for v in range(3))
print(outer(), sorted((v for v in "bca"), reverse=True), tuple(str(v) for v in range(3)))
print(dict((k, len(k)) for k in ["ab", "c"]), set(v % 3 for v in range(10)), "-".join(str(v) for v in range(4)))
