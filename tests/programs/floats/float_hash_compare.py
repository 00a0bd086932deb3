# Comparisons of floats and ints at extreme magnitudes; hashing.
big = 2 ** 53
print(big == float(big), big + 1 == float(big + 1), big + 1 > float(big), float(big) < big + 1)
print(10 ** 16 + 1 > 1e16, 10 ** 16 + 1 == 1e16, 1e16 == 10 ** 16)
print(1.5 in {1.5: 0}, 2.0 in {2}, 2 in {2.0}, {2.0: "x"}[2])
print(hash(1.0) == hash(1), hash(0.5) == hash(0.5), hash(float("inf")), hash(-float("inf")))
print(hash(2.0 ** 70) == hash(2 ** 70), hash(-1.0))
keys = [1, 1.0, 2.5, -0.0, 0, 3]
d = {}
for k in keys:
    d[k] = d.get(k, 0) + 1
print(d)
print(sorted([1, 0.5, True, -2, 2.5, False]))
print(max([1, 1.0]), max([1.0, 1]), min([0, -0.0]), min([-0.0, 0]))
print(float("1") == 1, float("1") != 1.5)
pairs = [(0.1 + 0.2, 0.3), (1 / 3, 0.3333333333333333), (1e-16 + 1, 1.0)]
for a, b in pairs:
    print(a, b, a == b, a < b, a > b)
