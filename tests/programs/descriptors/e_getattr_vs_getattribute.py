# __getattr__ only for missing attributes, __getattribute__ for all; AttributeError from properties falls back.
class Fallback:
    x = 1
    def __getattr__(self, name):
        return f"fallback:{name}"
f = Fallback()
f.y = 2
print(f.x, f.y, f.missing, getattr(f, "other"), hasattr(f, "anything"))
class Everything:
    def __init__(self):
        self.real = "real value"
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"hidden {name}")
        return "intercepted:" + str(object.__getattribute__(self, name))
    def __getattr__(self, name):
        return f"__getattr__({name})"
e = Everything()
print(e.real, e.secret_key, e.nope if False else "-")
try:
    print(e.nope)
except AttributeError as ex:
    print(type(ex).__name__, ex)
class PropFails:
    @property
    def broken(self):
        raise AttributeError("inside property")
    @property
    def other_error(self):
        raise KeyError("not attribute error")
    def __getattr__(self, name):
        return f"rescued {name}"
p = PropFails()
print(p.broken)
try:
    p.other_error
except KeyError as ex:
    print(type(ex).__name__, ex)
class NoGetattr:
    @property
    def broken(self):
        raise AttributeError("prop message")
try:
    NoGetattr().broken
except AttributeError as ex:
    print(type(ex).__name__, ex)
try:
    NoGetattr().missing
except AttributeError as ex:
    print(type(ex).__name__, ex)
print(getattr(NoGetattr(), "missing", "default"), hasattr(NoGetattr(), "broken"))
class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(("set", name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
r = Recorder()
r.a = 1
r.b = 2
del r.a
print(r.log, r.__dict__)
try:
    del r.zzz
except AttributeError as ex:
    print(type(ex).__name__, ex)
try:
    getattr(r, 5)
except TypeError as ex:
    print(type(ex).__name__, ex)
print(getattr(r, "b"), setattr(r, "c", 3), r.c, delattr(r, "c"), hasattr(r, "c"))
