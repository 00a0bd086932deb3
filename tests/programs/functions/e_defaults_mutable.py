# Default values: evaluated once at def time, shared mutable defaults, __defaults__/__kwdefaults__ edits.
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__)
counter = 10
def snapshot(v=counter):
    return v
counter = 20
print(snapshot(), snapshot.__defaults__)
def kw(a, *, b=1, c=[0]):
    c.append(a)
    return b, c
print(kw(1), kw(2, b=5), kw.__kwdefaults__)
kw.__kwdefaults__ = {"b": 100, "c": []}
print(kw(3))
def pos(a, b=2, c=3):
    return a, b, c
pos.__defaults__ = (20, 30)
print(pos(1))
pos.__defaults__ = (99,)
print(pos(1, 2))
try:
    pos(1)
except TypeError as ex:
    print(type(ex).__name__, ex)
pos.__defaults__ = None
try:
    pos(1, 2)
except TypeError as ex:
    print(type(ex).__name__, ex)
log = []
def make_default(name):
    log.append(name)
    return name
def both(x=make_default("x"), *, y=make_default("y")):
    return x, y
print(log, both(), both(1, y=2), log)
def cache(n, memo={}):
    if n in memo:
        return memo[n]
    memo[n] = n if n < 2 else cache(n - 1) + cache(n - 2)
    return memo[n]
print(cache(60), len(cache.__defaults__[0]))
def none_default(items=None):
    items = [] if items is None else items
    items.append("x")
    return items
print(none_default(), none_default(), none_default(["y"]))
print(pos.__name__, pos.__qualname__, pos.__code__.co_argcount, pos.__code__.co_varnames)
def annotated(a: int, b: "str" = "s") -> list:
    return [a, b]
print(annotated(1), annotated(2, "t"))
lam = lambda x, y=[1]: y + [x]
print(lam(2), lam(3), lam.__defaults__, lam.__name__)
