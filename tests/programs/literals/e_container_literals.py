# Container displays: trailing commas, nested displays, duplicate keys, set display dedupe, empty forms, starred.
a = [1, 2, 3,]
b = (1,)
c = {1: "a", 1: "b", 2: "c",}
d = {1, 1, 2,}
e = [
    "multi",
    "line",
]
print(a, b, c, d, e, [], (), {}, set(), type({}).__name__, type(set()).__name__)
print([[[]]], [(), ()], ({},), {(): [], "k": {"n": {}}}, {frozenset(): 0})
print({**{"a": 1}, **{"a": 2}}, [*"ab", *[1]], (*range(2),), {*(), *[1]}, {"x": 1, **{}})
print(len([None] * 3), [0] * 0, [[0] * 2] * 2, list((1, 2)) == [1, 2], (1, 2) == tuple([1, 2]))
keys = ["x", "y"]
print({k: None for k in keys}, {k: i for i, k in enumerate(keys)}, dict.fromkeys(keys, []))
print({1.0: "float", 1: "int"}, {"1": 1, 1: "1"}, {None: None}, {...: ...}, {True: 1, False: 0})
t = 1, 2, 3
u = (1, 2, 3)
print(t == u, t, (((1))), ((1,),), [(1)], [(1,)])
print([i for i in range(3)], (i for i in range(0)).__class__.__name__, {i for i in "aa"}, {i: i for i in ""})
nested = {"level1": {"level2": {"level3": [1, {"level4": (2, 3)}]}}}
print(nested["level1"]["level2"]["level3"][1]["level4"][-1])
print([1, 2] + [3], (1,) + (2,), [1] * 2 + [0], {1: 2} | {3: 4}, {1} | {2})
