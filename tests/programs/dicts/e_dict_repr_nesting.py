# dict repr with nested and recursive structures, keys of many types, and str()/repr() of values.
d = {1: "one", "two": 2, (3,): [3], None: {"nested": {4: 4.0}}, 5.5: True, frozenset(): ()}
print(d)
print(repr({"quote'": 'dq"', "back\\": "\n"}), str({b"bytes": bytearray(b"x")}))
r = {"self": None}
r["self"] = r
r["list"] = [r, {"inner": r}]
print(r)
print({i: {j: i * j for j in range(3)} for i in range(3)})
print(dict(a=[1, {"b": (2, {"c": None})}]), {(): {}, "": []})
class K:
    def __repr__(self):
        return "K()"
print({K(): K()}, [{K(): [K()]}], {"k": K}.__repr__()[:12])
print(len(str({i: i for i in range(50)})), str({i: i for i in range(5)}))
print({1: 1, True: 2, 1.0: 3}, {0: "a", False: "b"}, {"": None, " ": None})
print({-1: -1.5, 2 ** 70: "big", -0.0: "negzero"})
