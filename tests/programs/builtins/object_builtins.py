# getattr, setattr, hasattr, delattr, vars, dir, isinstance, issubclass, callable, type, repr, hash.
class Config:
    """Configuration object."""
    version = 2
    def __init__(self):
        self.name = "svc"
        self.port = 8080
    def url(self):
        return f"http://{self.name}:{self.port}"

c = Config()
print(getattr(c, "name"), getattr(c, "missing", "fallback"), hasattr(c, "url"), hasattr(c, "zzz"))
setattr(c, "port", 9090)
setattr(c, "debug", True)
print(c.url(), vars(c))
delattr(c, "debug")
print(sorted(vars(c)), [n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(Config) if not n.startswith("_")], "url" in dir(c), "__init__" in dir(Config))
print(callable(c.url), callable(c), callable(Config), callable(print), callable(None))
print(type(c).__name__, type(c.url).__name__, type(Config.url).__name__, type(print).__name__)
print(repr("text"), repr(1.0), repr([None]), repr(Config.__doc__), ascii("naïve"), ascii([1, "ü"]))
print(hash(1) == hash(1.0), hash("a") == hash("a"), hash((1, "a")) == hash((1, "a")), type(hash("x")).__name__)
def locals_demo(a, b=2):
    c = a + b
    return sorted(locals().items())
print(locals_demo(1))
g = globals()
print("Config" in g, "locals_demo" in g, g["__name__"], type(g).__name__)
module_var = 5
print(globals()["module_var"], vars()["module_var"])
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(c, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
print(isinstance(c, Config), isinstance(c, (int, Config)), issubclass(Config, object), isinstance(Config, type))
x = object()
print(type(x).__name__, x == x, x != object(), hash(x) == hash(x), isinstance(x, object))
print(id(c) == id(c), id(c) != id(Config()), type(id(c)).__name__)
