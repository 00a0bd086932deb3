# Equality and hashing across numeric types; ints as dict keys.
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0) == hash(False))
print(hash(-1), hash(-2), hash(2 ** 61 - 2), hash(1.5) == hash(1.5))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
d2 = {}
for k in [1, 2.0, 3, 2, 1.0, False, 0, 0.0]:
    d2[k] = d2.get(k, 0) + 1
print(d2)
s = {1, 1.0, True, 2, 2.0}
print(len(s), sorted(s))
print(10 ** 20 == 1e20, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 == 2.0 ** 53)
print(1 < 1.5 < 2, 2 ** 64 > 1.8e19, -(2 ** 64) < -1.8e19)
print(10 ** 400 > 1e308, 10 ** 400 > float("inf"), -(10 ** 400) < float("-inf"))
print(float("nan") == 1, 1 < float("nan"), float("nan") > 1)
print((1).__eq__(1.0), (1).__eq__("1"), (1).__lt__(2))
print(isinstance(5, (int, float)), isinstance(5.0, int), type(5) is int)
print(int.__mro__, bool.__bases__)
a = 1000
b = 999 + 1
print(a == b, a.__hash__() == b.__hash__())
counts = {}
for word_len in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    counts[word_len] = counts.get(word_len, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
