# Dict ordering after deletes, re-inserts, updates, pops and popitem; equality ignores order.
d = {}
for k in "abcdef":
    d[k] = ord(k)
del d["b"]
del d["e"]
d["b"] = 0
d["a"] = -1
print(list(d), list(d.values()))
d.update(c=1, z=26)
d.update([("y", 25), ("a", 2)])
print(d)
print(d.pop("c"), d.pop("missing", "dflt"), d.popitem(), d.popitem(), d)
d.setdefault("q", 17)
d.setdefault("a", 99)
print(d)
for i in range(100):
    d[i] = i
for i in range(0, 100, 2):
    del d[i]
print(list(d)[:8], len(d))
for i in range(98, -1, -2):
    d[i] = "again"
print(list(d)[:6], list(d)[-3:], len(d))
print({1: "a", 2: "b"} == {2: "b", 1: "a"}, list({1: "a", 2: "b"}) == list({2: "b", 1: "a"}))
e = dict.fromkeys("hello")
print(e, dict.fromkeys([3, 1, 3, 2], 0), dict.fromkeys(()))
try:
    {}.popitem()
except KeyError as ex:
    print(type(ex).__name__, ex)
try:
    d.pop("nope")
except KeyError as ex:
    print(type(ex).__name__, ex)
f = {"x": 1}
f["x"] = 2
f[1] = "int"
f[1.0] = "float"
f[True] = "bool"
print(f, len(f))
g = {True: "t", 1: "one", 1.0: "f"}
print(g)
h = dict(a=1)
h |= {"b": 2}
h |= [("c", 3)]
print(h, h | {"a": 0}, {"a": 0} | h)
try:
    h | [("d", 4)]
except TypeError as ex:
    print(type(ex).__name__, ex)
i = dict(zip("abc", range(3)))
for k in list(i):
    if i[k] == 1:
        del i[k]
        i[k] = "moved"
print(i, list(reversed(i)), next(reversed(i.items())))
print(dict([(1, 2), [3, 4], "xy"]), dict({"a": 1}, b=2), dict(dict(p=1)))
for bad in [[(1, 2, 3)], [1], ["abc"]]:
    try:
        dict(bad)
    except (ValueError, TypeError) as ex:
        print(type(ex).__name__, ex)
