# dict methods and their edge cases.
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, 2 in d)
print(d.setdefault("a", 100), d.setdefault("d", 4), d)
print(d.pop("d"), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
print(d.popitem(), d)
d.update({"x": 10}, y=20)
d.update([("z", 30)])
print(d)
c = d.copy()
c["new"] = True
print(d == c, "new" in d, len(c))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys([]))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)
print(dict(a=1, b=2), dict([("k", "v"), ("k2", "v2")]), dict({"m": 1}, n=2), dict(zip("ab", (1, 2))))
d.clear()
print(d, bool(d))
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e, repr(e), e.args)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
m1 = {"a": 1, "b": 2}
m2 = {"b": 3, "c": 4}
print(m1 | m2, m2 | m1)
m1 |= m2
print(m1, {"a": 1} == {"a": 1.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
print(list(reversed({"x": 1, "y": 2, "z": 3})), list(reversed({}.keys())))
