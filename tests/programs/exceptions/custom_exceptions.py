# User-defined exception hierarchies, args, str/repr, extra attributes.
class AppError(Exception):
    """Base for application errors."""

class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(field, message)
        self.field = field
        self.message = message
    def __str__(self):
        return f"{self.field}: {self.message}"

class NotFound(AppError, LookupError):
    pass

def validate(user):
    if not user.get("name"):
        raise ValidationError("name", "required")
    if not 0 < user.get("age", 0) < 150:
        raise ValidationError("age", f"out of range: {user.get('age')}")
    if user["name"] == "ghost":
        raise NotFound(f"user {user['name']!r} not found")
    return "valid"

for u in [{"name": "ann", "age": 30}, {"age": 5}, {"name": "bob", "age": 200}, {"name": "ghost", "age": 1}]:
    try:
        print(validate(u))
    except ValidationError as e:
        print("ValidationError", str(e), e.args, e.field, repr(e))
    except LookupError as e:
        print("LookupError caught", type(e).__name__, e, isinstance(e, AppError))

print(issubclass(NotFound, LookupError), [c.__name__ for c in NotFound.__mro__])
print(AppError.__doc__, AppError("x").args, str(AppError()), repr(AppError()), repr(AppError(1, 2)))
print(str(Exception("a", "b")), str(Exception("only")), str(Exception()), repr(Exception("q")))
e = Exception(1, [2])
print(e.args, type(e.args).__name__)
e.args = ("replaced",)
print(e, repr(e))
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
print(WithDefault(), repr(WithDefault()), WithDefault("custom"))
try:
    raise WithDefault
except WithDefault as err:
    print("raised class, got instance:", type(err).__name__, err)
try:
    raise 42
except TypeError as err:
    print(type(err).__name__, err)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as err:
    print(type(err).__name__, err)
try:
    try:
        raise ValidationError("f", "m")
    except NotFound:
        pass
except AppError as err:
    print("caught by base:", err)
