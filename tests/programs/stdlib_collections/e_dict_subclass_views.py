from collections import Counter, OrderedDict, defaultdict
c = Counter("abracadabra")
print(c.keys(), type(c.keys()).__name__)
print(c.values(), type(c.values()).__name__)
print(sorted(c.items()), type(c.items()).__name__)
d = defaultdict(int, x=1)
print(d.keys(), d.values(), d.items())
o = OrderedDict(x=1)
print(o.keys(), o.values(), o.items())
print(isinstance(c.keys(), type({}.keys())), isinstance(d.items(), type({}.items())))
class Plain(dict):
    pass
p = Plain(q=2)
print(p.keys(), type(p.values()).__name__)
print(c.keys() & {"a", "z"}, sorted(c.keys() - {"a"}))
print(list(reversed(o.keys())), len(c.items()))
c["new"] += 1
print("new" in c.keys(), ("new", 1) in c.items())
