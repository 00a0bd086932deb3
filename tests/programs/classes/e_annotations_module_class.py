x: int = 5
y: "later"
print(__annotations__, x)
try: print(y)
except NameError as e: print("NameError", e)
class C:
    a: int
    b: str = "s"
    __p: float = 1.0
    if True:
        c: list = []
    (d): int = 4
    print(sorted(__annotations__.items(), key=str))
print(C.__annotations__, C.b, C.d)
class D(C):
    e: bool
print(D.__annotations__)
class E:
    pass
print(hasattr(E, "__annotations__") and E.__dict__.get("__annotations__"))
def f():
    z: int = 3
    w: undefined_name
    return z
print(f())
class G:
    __annotations__ = {"pre": 1}
    q: int
print(G.__annotations__)
order = []
def note(v): order.append(v); return v
class H:
    m: note("ann") = note("value")
print(order)
import sys
mod = sys.modules[__name__]
print(mod.__annotations__ is __annotations__)
class F(C): pass
print(F.__annotations__, C.__annotations__ is not F.__annotations__)
try: int.__annotations__
except AttributeError as e: print("AttributeError", e)
try: int.__annotations__ = {}
except TypeError as e: print("TypeError", e)
F.__annotations__ = {"set": 1}; print(F.__annotations__, F().__annotations__)
print(C().__annotations__ is C.__annotations__)
