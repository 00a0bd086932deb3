def f(a: 1, /, b: 2, *c: 3, d: 4, **e: 5) -> 6: pass
print(f.__annotations__)
class K:
    def m(self, __p: 1): pass
print(K.m.__annotations__)
def g(): pass
print(g.__annotations__); g.__annotations__ = None; print(g.__annotations__)
try: g.__annotations__ = 5
except TypeError as e: print(e)
order = []
def note(x): order.append(x); return x
def h(p: note("p") = note("dflt"), *, q: note("q") = note("kw")) -> note("ret"): pass
print(order, h.__annotations__)
def outer():
    T = list
    def inner(x: T) -> T: return x
    return inner
print(outer().__annotations__)
print(outer().__annotations__)
