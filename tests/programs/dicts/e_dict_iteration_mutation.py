# Dict iteration vs. mutation: size changes raise, value updates do not, key deletion during iteration over a copy.
d = {i: i * i for i in range(6)}
for k in d:
    d[k] = -d[k]
print(d)
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(len(d))
d = {i: i for i in range(6)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
try:
    for k in d:
        d.pop(k)
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
e = {"a": 1, "b": 2}
try:
    for k, v in e.items():
        e["c"] = 3
except RuntimeError as ex:
    print(type(ex).__name__, ex)
f = {"a": 1, "b": 2}
try:
    for v in f.values():
        del f["a"]
        f["a"] = 1
except RuntimeError as ex:
    print(type(ex).__name__, ex)
print(f)
g = {1: "x"}
it = iter(g)
g[2] = "y"
try:
    next(it)
except RuntimeError as ex:
    print(type(ex).__name__, ex)
h = {1: 1, 2: 2, 3: 3}
it2 = iter(h)
print(next(it2))
h[1] = "updated"
print(list(it2), h)
counts = {}
for w in "the cat the hat the end".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
merged = {}
for part in ({"x": 1}, {"y": 2}, {"x": 3}):
    merged.update(part)
print(merged, list(merged))
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = 2
print(nested, nested["a"]["b"].get("z", "none"))
m = dict.fromkeys(range(4), 0)
for k in m:
    m[k] += k
print(m, sum(m.values()))
