# getattr/setattr/delattr/hasattr with defaults and errors, callable(), id-free identity, globals() and locals().
class Obj:
    cls_val = "c"
    def __init__(self):
        self.inst = "i"
o = Obj()
print(getattr(o, "inst"), getattr(o, "cls_val"), getattr(o, "nope", None), getattr(Obj, "cls_val"), hasattr(o, "nope"))
try:
    getattr(o, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(o)
except TypeError as e:
    print(type(e).__name__, e)
try:
    delattr(o, "cls_val")
except AttributeError as e:
    print(type(e).__name__, e)
setattr(o, "new", [1])
print(o.new, vars(o))
delattr(o, "new")
print(hasattr(o, "new"), getattr(5, "real"), getattr("s", "upper")(), getattr([], "__len__")())
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None, (lambda: 0) is (lambda: 0))
x = 1000
y = x
print(x is y, type(x) is int, type(True) is bool, bool is not int)
g = globals()
print("Obj" in g, g["x"], type(g).__name__, g is globals())
g["dynamic_global"] = "made via globals()"
print(dynamic_global)
def show_locals(p, q=2):
    r = p + q
    return sorted(locals().items())
print(show_locals(1))
def nested_locals():
    outer_var = 1
    def inner():
        return sorted(locals())
    return inner()
print(nested_locals())
print(callable(print), callable(Obj), callable(o), callable(o.__init__), callable(None), callable(type), callable(len))
class CallMe:
    __call__ = lambda self, x: x * 2
print(callable(CallMe()), CallMe()(21))
print(repr(None), repr(...), repr(NotImplemented), Ellipsis is ..., type(...).__name__, type(NotImplemented).__name__)
print(bool(NotImplemented) if False else "skip", str(...), [..., None], {None: ...}[None])
print(len(dir()) > 5, "__name__" in dir(), __name__, type(__builtins__).__name__ in ("module", "dict"))
