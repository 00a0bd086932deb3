# __getattr__ (fallback), __setattr__, __delattr__, __getattribute__ is not required.
class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
        object.__setattr__(self, "_log", [])
    def __getattr__(self, name):
        if name in self._fields:
            return self._fields[name]
        raise AttributeError(f"Record has no field {name!r}")
    def __setattr__(self, name, value):
        self._log.append(f"set {name}")
        self._fields[name] = value
    def __delattr__(self, name):
        self._log.append(f"del {name}")
        del self._fields[name]

r = Record(a=1, b=2)
print(r.a, r.b)
r.c = 3
r.a = 10
print(r.a, r.c, r._fields, r._log)
del r.b
print(r._fields, r._log)
try:
    r.b
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(r, "zzz", "default"), hasattr(r, "c"), hasattr(r, "b"))

class Proxy:
    def __init__(self, target):
        self._target = target
        self.hits = 0
    def __getattr__(self, name):
        self.hits += 1
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.hits, p.hits)
try:
    p.nonexistent
except AttributeError as e:
    print(type(e).__name__, e)

class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: Frozen is immutable")
f = Frozen(5)
print(f.x)
try:
    f.x = 6
except AttributeError as e:
    print(type(e).__name__, e)
class Chained:
    def __getattr__(self, name):
        return Chained() if name.startswith("x") else name
c = Chained()
print(c.x1.x2.hello, c.other)
