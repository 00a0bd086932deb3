# Exceptions are ordinary objects: stored, compared, re-raised later, with_traceback-free use.
errors = []
for v in ["1", "x", "2", "", "3.5"]:
    try:
        errors.append(int(v))
    except ValueError as e:
        errors.append(e)
print([type(x).__name__ for x in errors])
print([str(x) for x in errors if isinstance(x, Exception)])
saved = errors[1]
try:
    raise saved
except ValueError as e:
    print("re-raised stored exception:", e is saved, e)
e1 = ValueError("same")
e2 = ValueError("same")
print(e1 == e2, e1.args == e2.args, e1 is e1)
class Retry(Exception):
    def __init__(self, attempts):
        self.attempts = attempts
        super().__init__(f"gave up after {attempts} attempts")
r = Retry(3)
print(r, r.attempts, r.args, isinstance(r, BaseException))
def handler_table(exc):
    table = {KeyError: "missing", ZeroDivisionError: "math", Exception: "generic"}
    for cls in type(exc).__mro__:
        if cls in table:
            return table[cls]
print(handler_table(KeyError()), handler_table(ZeroDivisionError()), handler_table(RuntimeError()))
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
print(repr(ValueError("a", 1)), str(ValueError("a", 1)), repr(ValueError(("t",))))
exc_types = (TypeError, ValueError)
for bad in [lambda: int("q"), lambda: len(3), lambda: [][1]]:
    try:
        bad()
    except exc_types as e:
        print("tuple handler:", type(e).__name__)
    except Exception as e:
        print("fallback:", type(e).__name__)
def risky(kind):
    raise kind("from risky")
for kind in (ValueError, KeyError, RuntimeError):
    try:
        risky(kind)
    except (ValueError, KeyError) as e:
        print("handled", repr(e))
    except BaseException as e:
        print("base handled", repr(e))
