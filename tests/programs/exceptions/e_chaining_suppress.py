# Exception chaining: __cause__, __context__, __suppress_context__, raise from None, explicit reassignment.
def show(e):
    print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__), "| suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("converted") from z
except ValueError as e:
    show(e)
try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("implicit")
except ValueError as e:
    show(e)
try:
    try:
        [][0]
    except IndexError:
        raise ValueError("hidden") from None
except ValueError as e:
    show(e)
try:
    raise ValueError("cause without context") from KeyError("the cause")
except ValueError as e:
    show(e)
try:
    raise TypeError("class as cause") from KeyError
except TypeError as e:
    show(e)
try:
    raise TypeError("bad cause") from 5
except TypeError as e:
    show(e)
e = RuntimeError("manual")
print(e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = KeyError("set by hand")
print(repr(e.__cause__), e.__suppress_context__)
e.__suppress_context__ = True
print(e.__suppress_context__)
try:
    e.__cause__ = "not an exception"
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    e.__context__ = 3
except TypeError as ex:
    print(type(ex).__name__, ex)
def chain_depth(exc):
    n = 0
    while exc is not None:
        n += 1
        exc = exc.__context__
    return n
try:
    try:
        try:
            raise KeyError(1)
        except KeyError:
            raise IndexError(2)
    except IndexError:
        raise AttributeError(3)
except AttributeError as ex:
    print(chain_depth(ex), [type(x).__name__ for x in (ex, ex.__context__, ex.__context__.__context__)])
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise KeyError("b")
        except KeyError as b:
            raise a
except ValueError as ex:
    print(type(ex.__context__).__name__, ex.__context__)
