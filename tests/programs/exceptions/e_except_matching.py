# except clauses: tuples of classes, order of handlers, subclass matching, bare except, re-raise and except*-free groups.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup-ish {type(e).__name__}"
    except ArithmeticError as e:
        return f"arith {type(e).__name__}"
    except Exception as e:
        return f"other {type(e).__name__}"
    except BaseException as e:
        return f"base {type(e).__name__}"
for exc in [KeyError("k"), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(), SystemExit(), KeyboardInterrupt(), GeneratorExit()]:
    print(classify(exc))
try:
    try:
        raise TypeError("inner")
    except ValueError:
        print("wrong handler")
except TypeError as e:
    print("outer caught", e)
try:
    {}["x"]
except LookupError as e:
    print(type(e).__name__, isinstance(e, KeyError), e)
try:
    raise ValueError("bare")
except:
    print("bare except caught")
handlers = (ValueError, TypeError)
try:
    int("x")
except handlers as e:
    print("dynamic tuple", type(e).__name__)
try:
    try:
        raise ValueError("x")
    except 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError("x")
    except (ValueError, 42) as e:
        print("matched before the bad entry:", e)
except TypeError as e:
    print(type(e).__name__, e)
class MyErr(ValueError):
    pass
try:
    raise MyErr("mine")
except ValueError as e:
    print(type(e).__name__, type(e).__mro__[1].__name__)
def reraise():
    try:
        raise KeyError("orig")
    except KeyError:
        raise
try:
    reraise()
except KeyError as e:
    print("re-raised", e)
e_saved = None
try:
    raise IndexError("saved")
except IndexError as e:
    e_saved = e
print(repr(e_saved), e_saved.__traceback__ is not None)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
