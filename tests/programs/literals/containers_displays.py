# List, tuple, dict, set displays and special constants.
print([], [1], [1, 2,], [[1, 2], [3]], [None, True, False])
print((), (1,), (1, 2), ((1,),), tuple())
print({}, {"a": 1}, {1: "x", (1, 2): "t", None: 0, 2.5: "f"})
print({1, 2, 3}, {1, 1, 1}, set(), frozenset(), frozenset({3}))
print(type(()), type((1)), type((1,)), type({}), type({1}))
print(True, False, None, Ellipsis, ...)
print(True == 1, False == 0, {True: "t", 1: "one"}, {0: "z", False: "f"})
print(type(True).__name__, type(None).__name__, type(...).__name__)
d = {"k1": 1, "k2": 2, "k1": 3}
print(d, len(d))
nested = {"list": [1, {"inner": (2, 3)}], "set": {4}, "tuple": (5, [6])}
print(nested)
print(nested["list"][1]["inner"][1])
t = 1, 2, 3
print(t, type(t).__name__)
single = 1,
print(single)
print(repr([1.0, "s", b"b", None]), str(("x",)))
print([1, 2] == [1, 2], [1, 2] is [1, 2], () == (), (1, 2) == [1, 2])
self_ref = [1, 2]
self_ref.append(self_ref)
print(self_ref)
dref = {"a": 1}
dref["me"] = dref
print(dref)
