# The built-in exception hierarchy.
names = ["ZeroDivisionError", "OverflowError", "KeyError", "IndexError", "ValueError", "TypeError",
         "AttributeError", "NameError", "UnboundLocalError", "RecursionError", "NotImplementedError",
         "StopIteration", "GeneratorExit", "KeyboardInterrupt", "SystemExit", "AssertionError",
         "ModuleNotFoundError", "ImportError", "FileNotFoundError", "OSError", "MemoryError",
         "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeError", "LookupError", "ArithmeticError",
         "RuntimeError", "Exception"]
builtins_map = {
    "ZeroDivisionError": ZeroDivisionError, "OverflowError": OverflowError, "KeyError": KeyError,
    "IndexError": IndexError, "ValueError": ValueError, "TypeError": TypeError,
    "AttributeError": AttributeError, "NameError": NameError, "UnboundLocalError": UnboundLocalError,
    "RecursionError": RecursionError, "NotImplementedError": NotImplementedError,
    "StopIteration": StopIteration, "GeneratorExit": GeneratorExit, "KeyboardInterrupt": KeyboardInterrupt,
    "SystemExit": SystemExit, "AssertionError": AssertionError, "ModuleNotFoundError": ModuleNotFoundError,
    "ImportError": ImportError, "FileNotFoundError": FileNotFoundError, "OSError": OSError,
    "MemoryError": MemoryError, "UnicodeDecodeError": UnicodeDecodeError,
    "UnicodeEncodeError": UnicodeEncodeError, "UnicodeError": UnicodeError, "LookupError": LookupError,
    "ArithmeticError": ArithmeticError, "RuntimeError": RuntimeError, "Exception": Exception,
}
for n in names:
    cls = builtins_map[n]
    chain = [c.__name__ for c in cls.__mro__]
    print(f"{n:20} {' > '.join(chain[1:])}")
print(IOError is OSError, EnvironmentError is OSError)
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException), issubclass(GeneratorExit, Exception))
try:
    try:
        raise SystemExit(5)
    except Exception:
        print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__, e.code)
try:
    raise StopIteration(7)
except Exception as e:
    print(type(e).__name__, e.value)
print(repr(KeyboardInterrupt()), repr(SystemExit()), SystemExit().code, SystemExit(1, 2).code)
print(OSError(2, "No such file").errno, OSError(2, "No such file").strerror, str(OSError(2, "No such file")))
