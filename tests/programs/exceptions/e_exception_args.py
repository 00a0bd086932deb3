# Exception objects: args, str/repr for 0, 1 and many args, KeyError str, attributes of OSError-like types.
for args in [(), ("one",), ("a", 2), (None,), ((1, 2),), ("",)]:
    e = Exception(*args)
    print(repr(e), "|", str(e), "|", e.args)
for cls in [ValueError, KeyError, IndexError, StopIteration, SystemExit, AttributeError]:
    e = cls("msg")
    print(cls.__name__, repr(e), str(e), e.args, isinstance(e, Exception), issubclass(cls, BaseException))
print(str(KeyError("k")), str(KeyError("k", "v")), str(KeyError()), repr(KeyError(1)))
print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
e = ValueError("x")
e.args = ("changed", 1)
print(e, e.args)
e.note = "custom attribute"
print(e.note)
class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(f"[{code}] {msg}")
        self.code = code
err = MyError(404, "not found")
print(repr(err), str(err), err.code, err.args)
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
ns = NoSuper(5)
print(repr(ns), str(ns), ns.args, ns.x)
class WithStr(Exception):
    def __str__(self):
        return "custom str"
print(repr(WithStr("a")), str(WithStr("a")), WithStr().args)
try:
    raise MyError(1, "raised")
except Exception as ex:
    print(type(ex).__name__, ex, ex.__traceback__ is not None)
print(ArithmeticError.__mro__[1].__name__, ZeroDivisionError.__bases__, LookupError.__subclasses__()[:2] if False else "ok")
print([c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in ModuleNotFoundError.__mro__], [c.__name__ for c in UnicodeError.__mro__])
print(issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, Exception), issubclass(StopIteration, Exception))
print(IOError is OSError, issubclass(FileNotFoundError, OSError), issubclass(RecursionError, RuntimeError))
try:
    raise ValueError
except ValueError as ex:
    print(repr(ex), ex.args)
try:
    raise 5
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    raise int
except TypeError as ex:
    print(type(ex).__name__, ex)
def f():
    try:
        raise KeyError("inner")
    except KeyError as e:
        pass
    return "e" in dir()
print(f())
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    print(e)
except NameError as ex:
    print(type(ex).__name__, ex)
