# keys/values/items views are live and support set operations.
d = {"one": 1, "two": 2, "three": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(len(k), "one" in k, 2 in v, ("two", 2) in it, ("two", 3) in it)
d["four"] = 4
del d["one"]
print(list(k), list(v), list(it))
print(k & {"two", "nine"}, sorted(k | {"zero"}), sorted(k - {"two"}), sorted(k ^ {"two", "five"}))
print(it & {("two", 2), ("x", 0)}, k == {"two", "three", "four"}, k <= {"two", "three", "four", "x"})
print(k.isdisjoint({"a", "b"}), k.isdisjoint(["two"]))
print(sorted(v), sum(v), max(it, key=lambda kv: kv[1]))
for key, value in d.items():
    print(f"{key}={value}")
try:
    for key in d:
        d[key + "!"] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(len(d))
try:
    for key in d.keys():
        del d[key]
except RuntimeError as e:
    print(type(e).__name__, e)
for key in list(d):
    if key.endswith("!"):
        del d[key]
print(d)
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(list(d.keys())[0], list(d.values())[-1], list(reversed(d.items())))
print(v == v, d.values() == d.values(), list(d.values()) == list(d.values()))
it2 = iter(d.items())
print(next(it2), next(it2))
print(dict(d.items()) == d, {**d} == d, sorted(d.items(), key=lambda p: -p[1]))
