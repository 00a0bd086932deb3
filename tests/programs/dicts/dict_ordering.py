# Insertion order is preserved; reinsertion after delete goes to the end.
d = {}
for key in ["zeta", "alpha", "mid", "beta"]:
    d[key] = len(key)
print(list(d))
d["alpha"] = 100
print(list(d.items()))
del d["zeta"]
d["zeta"] = 0
print(list(d))
d.pop("mid")
d["mid"] = 1
print(d)
n = {}
for i in [5, 3, 9, 1, 7, 3, 5]:
    n[i] = n.get(i, 0) + 1
print(n, list(n.keys()))
merged = {"x": 1, "y": 2}
merged.update({"a": 0, "x": 9})
print(merged)
print({**{"b": 1, "a": 2}, **{"c": 3, "b": 4}})
comp = {c: ord(c) for c in "hello"}
print(comp)
big = {i: i * i for i in range(100)}
for i in range(0, 100, 2):
    del big[i]
for i in range(0, 10, 2):
    big[i] = -i
print(list(big)[:8], list(big)[-6:], len(big))
s = {}
s[3] = "three"; s[1] = "one"; s[2] = "two"
print(sorted(s), list(s), sorted(s.items()), sorted(s, key=lambda k: s[k]))
print({1: "a", True: "b", 1.0: "c"}, {False: 0, 0: 1})
od = dict([("first", 1), ("second", 2)])
od["first"] = od.pop("first")
print(list(od))
