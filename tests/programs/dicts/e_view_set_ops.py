# Dict views: set operations on keys and items views, reversed views, membership and live updates.
a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "z": 3, "w": 0}
print(sorted(a.keys() & b.keys()), sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()), sorted(a.keys() ^ b.keys()))
print(sorted(a.items() & b.items()), sorted(a.items() - b.items()), sorted(a.keys() & ["x", "q"]), sorted(a.keys() | {"n"}))
print(a.keys() == {"x", "y", "z"}, a.keys() == ["x", "y", "z"], a.items() == {("x", 1), ("y", 2), ("z", 3)})
print(a.keys() <= {"x", "y", "z", "k"}, a.keys() < a.keys(), a.keys() >= {"x"}, a.keys().isdisjoint({"q"}), a.items().isdisjoint([("x", 2)]))
print("x" in a.keys(), ("x", 1) in a.items(), ("x", 2) in a.items(), 1 in a.values(), [] in a.keys() if False else "-")
try:
    [] in a.keys()
except TypeError as e:
    print(type(e).__name__, e)
print(("q", []) in a.items())
k, v, it = a.keys(), a.values(), a.items()
a["n"] = 9
del a["x"]
print(list(k), list(v), list(it), len(k), len(v), len(it))
print(list(reversed(k)), list(reversed(v)), list(reversed(it)), list(reversed({}.keys())))
print(repr(k), repr(v), repr(it))
print(repr({}.keys()), repr({1: [2]}.values()), type(k).__name__, type(v).__name__, type(it).__name__)
try:
    v & v
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.values() == a.values()
    print(a.values() == a.values(), v == v)
except TypeError as e:
    print(type(e).__name__, e)
try:
    for key in a.keys():
        a[key + "!"] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
c = {1: 1, 2: 2}
try:
    for key in c:
        del c[key]
except RuntimeError as e:
    print(type(e).__name__, e)
print(c)
d = {i: i * i for i in range(5)}
it2 = iter(d.items())
print(next(it2), next(it2), list(it2), list(iter(d.values()))[-1])
print({1: 2}.keys() | [3], {1: 2}.keys() ^ [1, 4], set({1: 2}.items()), sorted({"q": 1}.keys() - "qr"))
try:
    a.keys() & 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(a.keys())
except TypeError as e:
    print(type(e).__name__, e)
print(list(map(len, [a.keys(), a.values(), a.items()])), sum(d.values()), max(d.items()), sorted(d.keys(), reverse=True))
