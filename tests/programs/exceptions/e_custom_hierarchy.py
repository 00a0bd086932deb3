# A custom exception hierarchy: catching by base class, extra attributes, __str__ overrides, and pickling-free repr.
class AppError(Exception):
    code = 1
    def __init__(self, message, *, detail=None):
        super().__init__(message)
        self.detail = detail
    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" + (f" ({self.detail})" if self.detail else "")
class NotFound(AppError):
    code = 404
class Forbidden(AppError):
    code = 403
class Teapot(NotFound, Forbidden):
    code = 418
def fail(cls, msg, **kw):
    raise cls(msg, **kw)
for cls in [AppError, NotFound, Forbidden, Teapot]:
    try:
        fail(cls, f"{cls.__name__} happened", detail="x" if cls is Teapot else None)
    except Forbidden as e:
        print("Forbidden handler:", e, repr(e), e.args)
    except NotFound as e:
        print("NotFound handler:", e)
    except AppError as e:
        print("AppError handler:", e, e.detail)
print([c.__name__ for c in Teapot.__mro__])
try:
    raise NotFound("missing", detail="id=5") from KeyError("id")
except AppError as e:
    print(str(e), "| cause:", repr(e.__cause__), "| isinstance:", isinstance(e, LookupError))
class WithArgs(Exception):
    pass
w = WithArgs("a", 1, None)
print(str(w), repr(w), w.args[1:], len(w.args))
class Silent(Exception):
    def __str__(self):
        return ""
print(repr(str(Silent("hidden"))), repr(Silent("hidden")))
errors = [NotFound("n"), Forbidden("f"), AppError("a")]
print(sorted(e.code for e in errors), [type(e).__name__ for e in errors if isinstance(e, AppError)])
