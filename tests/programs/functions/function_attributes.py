# Function objects: __name__, __qualname__, __doc__, __defaults__, attributes, __module__.
def outer(a, b=2, *args, c=3, **kw):
    "outer docstring"
    def inner():
        pass
    return inner

print(outer.__name__, outer.__qualname__, outer.__doc__, outer.__defaults__, outer.__kwdefaults__)
print(outer(1).__name__, outer(1).__qualname__, outer.__module__)
outer.custom = "attached"
print(outer.custom, hasattr(outer, "custom"), getattr(outer, "missing", "default"))
class C:
    def m(self):
        pass
    class Nested:
        def deep(self):
            pass
print(C.m.__qualname__, C.Nested.deep.__qualname__, C.Nested.__qualname__, C.__name__)
lam = lambda: 0
print(lam.__name__, lam.__qualname__)
def counter():
    counter.calls += 1
    return counter.calls
counter.calls = 0
counter(); counter()
print(counter(), counter.calls)
def annotated(x: int, y: "str" = "d") -> bool:
    return True
print(annotated(1), annotated(2, "x"))
print(callable(outer), callable(C), callable(C()), callable(C().m))
bound = C().m
print(bound.__name__, bound.__func__ is C.m, type(bound).__name__)
try:
    outer.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
def f(): pass
f.__name__ = "renamed"
print(f.__name__, f.__qualname__)
