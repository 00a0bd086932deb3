# dict methods with unusual arguments: get/setdefault/pop arity, update forms, copy shallowness, fromkeys sharing.
d = {"a": 1}
print(d.get("a"), d.get("b"), d.get("b", 0), d.setdefault("c"), d)
for call in [lambda: d.get(), lambda: d.get(1, 2, 3), lambda: d.pop(), lambda: d.setdefault(), lambda: d.update(1, 2),
             lambda: d.update(5), lambda: d.update([1]), lambda: dict.fromkeys(), lambda: d.keys(1), lambda: d.clear(0)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Mapping:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, k):
        return k.upper()
d.update(Mapping())
print(d)
print(dict(Mapping()), dict(Mapping(), extra=1))
src = {"lst": [1, 2]}
cp = src.copy()
cp["lst"].append(3)
cp["new"] = 1
print(src, cp, dict(src) == src, dict(src) is src)
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
class Missing(dict):
    def __missing__(self, key):
        return key * 2
m = Missing(x=1)
print(m["x"], m["yy"], m.get("yy"), "yy" in m, len(m))
class Sub(dict):
    pass
s = Sub(a=1)
s["b"] = 2
print(s, type(s).__name__, isinstance(s, dict), s == {"a": 1, "b": 2}, type(s.copy()).__name__)
print(dict.__name__, {}.__len__(), {1: 2}.__contains__(1), {1: 2}.__getitem__(1), len({1: 2, 1.0: 3}))
try:
    {1: 2}.__getitem__(3)
except KeyError as e:
    print(type(e).__name__, e)
print({1: 2} == {1: 2.0}, {1: 2} != {1: 3}, {} == dict(), {"a": [1]} == {"a": [1]})
try:
    {1: 2} < {1: 3}
except TypeError as e:
    print(type(e).__name__, e)
print(repr({"q": "x", 1: None, (1,): [{}]}), str({1: {2: {3: {}}}}))
r = {}
r["self"] = r
print(r, [r])
big = {i: str(i) for i in range(1000)}
for i in range(0, 1000, 3):
    big.pop(i)
print(len(big), sum(big), list(big.items())[:3], list(big)[-1])
