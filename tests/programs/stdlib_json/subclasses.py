# Subclasses of dict, list, tuple and str, encoded as CPython's encoders do.
import json

class D(dict):
    def items(self):
        print("  D.items called")
        return sorted(super().items(), reverse=True)

class Empty(dict):
    def __len__(self):
        return 0

class L(list):
    def __iter__(self):
        print("  L.__iter__ called")
        return iter([x * 10 for x in list.__iter__(self)])

class T(tuple):
    pass

class S(str):
    def __str__(self):
        return "not used"

d = D(a=1, b=2, c=3)
print(json.dumps(d))
print(json.dumps(d, indent=1))
print(json.dumps({"outer": d}, sort_keys=True))
print(json.dumps(L([1, 2, 3])))
print(json.dumps(L([1, 2]), indent=1))
print(json.dumps(L()), json.dumps(L(), indent=1))
print(json.dumps(T((1, T((2, 3))))))
print(json.dumps(S("text")), json.dumps({S("key"): S("value")}))

e = Empty(x=1)
print(json.dumps(e), json.dumps(e, indent=1))

# with an indent, emptiness is asked of the container itself (guest code runs)
class Counted(list):
    def __len__(self):
        print("  Counted.__len__")
        return list.__len__(self)

print(json.dumps(Counted([1, Counted([2]), Counted()]), indent=1))
print(json.dumps({"c": Counted([3])}, indent=None))

# dict subclasses whose items() are broken
class Bad(dict):
    def items(self):
        return [("a", 1, 2)]

try:
    print(json.dumps(Bad(z=1)))
except ValueError as err:
    print(type(err).__name__, err)

# isinstance checks, so subclasses of a subclass work too
class DD(D):
    pass

print(json.dumps([DD(k="v")]))

# loads always gives plain dicts and lists
back = json.loads(json.dumps(d))
print(type(back).__name__, back)
