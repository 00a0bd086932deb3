# Tuples as records: sorting by fields, unpacking in loops, tuple comparison with mixed lengths, tuple() conversions.
people = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cy", 31, "la"), ("di", 25, "nyc")]
for name, age, city in sorted(people, key=lambda p: (-p[1], p[0])):
    print(f"{name:<4}{age:>3} {city}")
by_city = {}
for name, _, city in people:
    by_city.setdefault(city, []).append(name)
print(sorted(by_city.items()))
ages = tuple(p[1] for p in people)
print(ages, ages.count(31), ages.index(25), sum(ages) / len(ages), max(people, key=lambda p: p[1])[0])
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, -1), (0,) > (), ((1, 2), 3) < ((1, 3), 0), (1, (2, 3)) == (1, (2, 3)))
print(tuple([1, 2]), tuple("ab"), tuple({"k": 1}), tuple(range(3)), tuple(x for x in "xy"), tuple(()), tuple((1,)))
pair = 1, 2
x, y = pair
y, x = x, y
print(x, y, pair, (pair, pair)[1] is pair, pair * 0, pair[::-1], pair + pair)
a = (1, [2, 3])
a[1].append(4)
print(a, len(a), a[1][-1])
empty = ()
print(empty == tuple(), len(empty), bool(empty), bool((0,)), (None,) != (), repr((1,)), repr(()), str((1, "a")))
nested = ((1, 2), (3, 4), (5, 6))
print([a + b for a, b in nested], list(zip(*nested)), dict(nested), sum(sum(t) for t in nested))
print(tuple(sorted((3, 1, 2))), tuple(reversed((1, 2, 3))), (1, 2, 3)[1:], (1, 2, 3)[-1:-4:-1])
try:
    (1, 2).append(3)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    tuple(5)
except TypeError as e:
    print(type(e).__name__, e)
