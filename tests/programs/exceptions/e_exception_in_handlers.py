# Exceptions raised inside except/else/finally, nested try blocks, and the context each gets.
def first():
    try:
        raise ValueError("in try")
    except ValueError:
        raise TypeError("in except")
try:
    first()
except TypeError as e:
    print(type(e).__name__, e, "<-", type(e.__context__).__name__, e.__context__)
def in_else():
    try:
        pass
    except Exception:
        pass
    else:
        raise KeyError("in else")
try:
    in_else()
except KeyError as e:
    print(type(e).__name__, e, e.__context__)
def else_not_protected():
    try:
        try:
            x = 1
        except ZeroDivisionError:
            print("not here")
        else:
            x / 0
    except ZeroDivisionError as e:
        return "else errors propagate: " + str(e)
print(else_not_protected())
def finally_after_return():
    try:
        return "try value"
    finally:
        print("  finally runs before the return completes")
print(finally_after_return())
def nested():
    try:
        try:
            raise ValueError(1)
        finally:
            print("  inner finally")
    except ValueError as e:
        print("  outer except", e)
    finally:
        print("  outer finally")
nested()
def handler_raises_same():
    try:
        raise ValueError("a")
    except ValueError as e:
        raise e
try:
    handler_raises_same()
except ValueError as e:
    print("same object re-raised, context:", e.__context__)
def deep_context():
    try:
        raise KeyError("k")
    except KeyError:
        try:
            raise IndexError("i")
        except IndexError:
            raise ValueError("v")
try:
    deep_context()
except ValueError as e:
    print([type(x).__name__ for x in (e, e.__context__, e.__context__.__context__)])
try:
    try:
        raise ValueError("x")
    finally:
        print("  finally with pending exception")
except ValueError as e:
    print("still propagates", e)
