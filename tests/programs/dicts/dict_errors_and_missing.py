# KeyError forms, __missing__ in dict subclasses, get vs [].
class DefaultDict(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, key):
        value = self[key] = self.factory()
        return value

dd = DefaultDict(list)
dd["a"].append(1)
dd["a"].append(2)
dd["b"].append(3)
print(dd, dd.get("c"), "c" in dd, len(dd))

class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()), c["z"], "z" in c)

for key in ["k", 0, (1, 2), "", None, 1.5, ("a",), frozenset()]:
    try:
        {}[key]
    except KeyError as e:
        print(repr(e), "|", str(e), "|", e.args)
try:
    raise KeyError("a", "b")
except KeyError as e:
    print(str(e), repr(e))
try:
    raise KeyError()
except KeyError as e:
    print(repr(str(e)), repr(e))
print(isinstance(KeyError(), LookupError), issubclass(KeyError, LookupError))
inventory = {"apples": 3}
def take(name, n):
    try:
        have = inventory[name]
    except KeyError:
        return f"no {name}"
    if have < n:
        return f"only {have} {name}"
    inventory[name] = have - n
    return f"took {n} {name}"
print(take("apples", 2), "/", take("apples", 2), "/", take("pears", 1), "/", inventory)
