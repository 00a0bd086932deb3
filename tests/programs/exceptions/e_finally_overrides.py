# finally blocks: return swallows exceptions, break/continue in finally, exceptions replacing others.
def ret_in_finally():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(ret_in_finally())
def ret_overrides_ret():
    try:
        return "try"
    finally:
        return "finally"
print(ret_overrides_ret())
def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return f"broke at {i}"
print(break_in_finally())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise IndexError("skipped")
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())
def finally_sees_exception():
    import sys
    try:
        raise TypeError("visible")
    finally:
        print("in finally:", sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)
try:
    finally_sees_exception()
except TypeError as e:
    print(type(e).__name__, e)
def replaced():
    try:
        raise ValueError("first")
    finally:
        raise RuntimeError("second")
try:
    replaced()
except RuntimeError as e:
    print(type(e).__name__, e, "| context:", type(e.__context__).__name__, e.__context__)
def order():
    log = []
    try:
        try:
            log.append("try")
            return log
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")
print(order())
def value_at_return():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value_at_return())
def nested_return():
    try:
        try:
            raise ValueError("v")
        except ValueError:
            return "from except"
        finally:
            print("inner finally after except-return")
    finally:
        print("outer finally")
print(nested_return())
