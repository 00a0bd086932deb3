from collections import OrderedDict

od = OrderedDict()
print(od, repr(od))
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od)
print(list(od), list(od.keys()), list(od.values()), list(od.items()))
od.move_to_end("b")
print(od)
od.move_to_end("c", last=False)
print(od)
od.move_to_end("c", False)
print(od)
try:
    od.move_to_end("zz")
except KeyError as e:
    print(type(e).__name__, e)
print(od.popitem(), od)
print(od.popitem(last=False), od)
print(od.popitem(False), od)
try:
    od.popitem()
except KeyError as e:
    print(type(e).__name__, e)
x = OrderedDict([("a", 1), ("b", 2)])
y = OrderedDict([("b", 2), ("a", 1)])
print(x == y, x != y, dict(x) == dict(y), x == dict(y), dict(y) == x)
print(x == OrderedDict(a=1, b=2))
z = x.copy()
z["c"] = 3
print(type(z).__name__, z, x)
print(OrderedDict.fromkeys("xyz", 0))
print(x | {"c": 3}, type(x | {"c": 3}).__name__)
print(list(reversed(x)))
r = OrderedDict()
r["self"] = r
print(r)
x.update([("d", 4)], e=5)
print(x, len(x), "d" in x)
del x["a"]
x["a"] = 0
print(x, x.pop("b"), x.setdefault("f", 6), x)
print(OrderedDict.__hash__)
print(isinstance(x, dict), OrderedDict.__module__)
