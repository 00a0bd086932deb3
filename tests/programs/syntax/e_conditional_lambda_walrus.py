# Expression syntax corners: conditional expressions nesting, lambda defaults, walrus in if/while/comprehensions.
x = 5
print("a" if x > 3 else "b" if x > 1 else "c", ("neg" if x < 0 else "pos") * 2, [1 if v else 0 for v in (0, 2, "")])
f = lambda a, b=2, *c, d=4, **e: (a, b, c, d, e)
print(f(1), f(1, 3, 5, 6, d=0, z=9), (lambda: (yield))().__class__.__name__, (lambda *_: len(_))(1, 2, 3))
if (n := len("walrus")) > 3:
    print("length", n)
values = [3, 8, 1, 9]
if any((big := v) > 7 for v in values):
    print("first big", big)
data = iter([1, 2, 3, 0, 5])
total = 0
while (item := next(data)) != 0:
    total += item
print("total before zero", total, list(data))
print([y for v in values if (y := v * 2) > 5], y)
print((z := 10) + z, z, [z := z + 1 for _ in range(3)], z)
def f2(v):
    return (w := v + 1) * w
print(f2(3), (lambda v: (t := v * 3) + t)(2))
matrix = [[1, 2], [3, 4]]
print([[(s := s + c if "s" in dir() else c) for c in row] for row in matrix] if False else "skip")
print((1, 2) if x else (3, 4), [x for x in "ab"] if x else None, {"k": x if x else -1})
print(not x if x else x, -x if x > 0 else x, x ** 2 if x % 2 else x // 2, (lambda: x)())
key = lambda item: (-item[1], item[0])
print(sorted({"a": 2, "b": 3, "c": 2}.items(), key=key))
