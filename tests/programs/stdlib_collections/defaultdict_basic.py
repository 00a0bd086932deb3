from collections import defaultdict

d = defaultdict(list)
d["a"].append(1)
d["a"].append(2)
d["b"].append(3)
print(d)
print(d["missing"], len(d), "zzz" in d, d.get("other"))
print(dict(d), sorted(d))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts)
print(counts.default_factory, d.default_factory)
n = defaultdict()
print(n, n.default_factory)
try:
    n["x"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    defaultdict(5)
except TypeError as e:
    print(type(e).__name__, e)
s = defaultdict(set, {"k": {1}}, extra={2})
s["k"].add(3)
print(sorted(s["k"]), s["extra"], sorted(s))
c = s.copy()
print(type(c).__name__, c.default_factory is set, c == s, c is s)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 5
print(nested["x"]["y"], nested["x"]["z"], len(nested["x"]))
print(isinstance(d, dict), type(d).__name__)
print(defaultdict(int, a=1) | {"b": 2}, {"z": 0} | defaultdict(int, a=1))
d2 = defaultdict(str)
d2.default_factory = int
print(d2["q"], d2)
d2.default_factory = None
try:
    d2["r"]
except KeyError as e:
    print(type(e).__name__, e)
class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)
t = Tree()
t["a"]["b"]["c"]
print(list(t), list(t["a"]), list(t["a"]["b"]))
print(repr(defaultdict(None, {1: 2})))
print(d.pop("a"), d.setdefault("new", [9]), d)
