# copy.deepcopy of nested containers: new containers all the way down, shared
# sub-objects stay shared, immutable tuples are kept when nothing inside changes.
import copy

data = {"list": [1, [2, [3]]], "tuple": (1, 2, (3,)), "mixed": (1, [2]),
        "set": {1, 2}, "fs": frozenset([4]), "str": "s"}
c = copy.deepcopy(data)
print(c == data, c is data)
print(c["list"] is data["list"], c["list"][1] is data["list"][1])
print(c["tuple"] is data["tuple"], c["mixed"] is data["mixed"], c["mixed"][1] is data["mixed"][1])
print(c["set"] is data["set"], sorted(c["set"]), c["fs"] is data["fs"], c["fs"] == data["fs"])
print(c["str"] is data["str"])
c["list"][1][1].append(4)
print(data["list"], c["list"])

shared = [0]
outer = [shared, shared, {"again": shared}]
c = copy.deepcopy(outer)
print(c[0] is c[1], c[0] is c[2]["again"], c[0] is shared)
c[0].append(1)
print(c, outer)

# cycles
a = [1]
a.append(a)
c = copy.deepcopy(a)
print(c[1] is c, c is a, len(c))
d = {"name": "d"}
d["me"] = d
c = copy.deepcopy(d)
print(c["me"] is c, c is d, c["name"])

# a tuple in a cycle through a list
lst = []
t = (lst, 1)
lst.append(t)
c = copy.deepcopy(t)
print(c is t, c[0][0] is c, c[1])

# memo: objects copied once per memo, and memo can be passed in
memo = {}
x = [1, 2]
y1 = copy.deepcopy(x, memo)
y2 = copy.deepcopy(x, memo)
print(y1 is y2, y1 is x, id(x) in memo, memo[id(x)] is y1)
memo2 = {id(x): "replaced"}
print(copy.deepcopy([x, x], memo2))

# tuples of immutables stay the same object; empty containers are new
print(copy.deepcopy((1, "a", (2.5, None))) == (1, "a", (2.5, None)))
t = (1, "a", (2.5, None))
print(copy.deepcopy(t) is t, copy.deepcopy([]) == [], copy.deepcopy({}) is not {})
