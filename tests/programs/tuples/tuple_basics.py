# Tuples: creation, immutability, methods, hashing, comparison.
t = (1, "two", 3.0, None, (4, 5))
print(t, len(t), t[1], t[-1][0], t[1:3], t[::-1], t.count(1), t.index(3.0))
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({"a": 1}), (1,) * 3, (1, 2) + (3,))
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index("missing")
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t.append(1)
except AttributeError as e:
    print(type(e).__name__, e)
m = ([1, 2], 3)
m[0].append(99)
print(m)
try:
    hash(m)
except TypeError as e:
    print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))), hash(()) == hash(()))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 3), (2,) > (1, 99), (1, "a") < (1, "b"), () < (0,))
print((1, 2) == (1, 2), (1, 2) == [1, 2], (1,) != (1.0,), (0.0,) == (-0.0,))
coords = {(0, 0): "origin", (1, 2): "p"}
print(coords[(1, 2)], coords[0, 0], (1, 2) in coords)
a, b = b, a = 1, 2
print(a, b)
print(max([(1, "z"), (2, "a"), (2, "b")]), sorted([(2, 1), (1, 2), (1, 1)]))
print(1 in t, "two" in t, [1] in ([1],), len(((),)), bool(()), bool(((),)))
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)
single = ("only",)
print(single, type(single).__name__, ("only") == "only", repr(tuple([None])))
