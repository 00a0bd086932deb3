# Order of execution in try/except/else/finally.
def run(action):
    log = []
    try:
        log.append("try")
        if action == "raise":
            raise ValueError("boom")
        if action == "return":
            return log + ["returned from try"]
        log.append("try end")
    except ValueError as e:
        log.append(f"except {e}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log

for action in ("ok", "raise", "return"):
    print(action, run(action))

def unhandled():
    try:
        raise KeyError("k")
    except ValueError:
        print("not this handler")
    finally:
        print("finally runs even when nothing matches")

try:
    unhandled()
except KeyError as e:
    print("caught outside:", repr(e))

def multi(v):
    try:
        return {"a": 1}[v] if isinstance(v, str) else [1, 2][v]
    except (KeyError, IndexError) as e:
        return f"lookup failed: {type(e).__name__}"
    except TypeError:
        return "type error"

print(multi("a"), multi("z"), multi(5), multi(None))

def order_matters(x):
    try:
        return 1 / x
    except ArithmeticError:
        return "ArithmeticError handler (matches ZeroDivisionError)"
    except ZeroDivisionError:
        return "never reached"
print(order_matters(0), order_matters(4))
try:
    try:
        raise IndexError("inner")
    finally:
        print("inner finally")
except LookupError as e:
    print("outer caught", type(e).__name__, e)
e_name = "before"
try:
    raise ValueError("x")
except ValueError as e_name:
    pass
try:
    print(e_name)
except NameError as err:
    print("the 'as' name is deleted after the handler:", type(err).__name__)
