# functools.wraps and update_wrapper: copied attributes, __wrapped__, __dict__ merging
import functools
from functools import wraps, update_wrapper, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES

print(WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES)

def deco(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print("  calling", func.__name__)
        return func(*args, **kwargs)
    return wrapper

@deco
def greet(name):
    """Say hello."""
    return "hello " + name
greet.extra = 1
print(greet("bob"))
print(greet.__name__, greet.__qualname__, greet.__doc__, greet.__module__)
print(greet.__wrapped__("amy"), greet.__wrapped__.__name__)

def original():
    "original doc"
original.attr = "from original"
original.__dict__["shared"] = [1]
def other():
    pass
res = update_wrapper(other, original)
print(res is other, other.__name__, other.__doc__, other.attr, other.shared is original.shared)
print(other.__wrapped__ is original)

def third():
    pass
update_wrapper(third, original, assigned=("__doc__",), updated=())
print(third.__name__, third.__doc__, hasattr(third, "attr"), third.__wrapped__ is original)

class Callable:
    def __call__(self):
        return 42
c = Callable()
update_wrapper(c, original)
print(c.__name__, c.__doc__, c(), c.__wrapped__ is original)

class NoName:
    def __call__(self):
        pass
def target():
    pass
update_wrapper(target, NoName())
print(target.__name__, target.__doc__)

class Meth:
    @deco
    def m(self, x):
        "method doc"
        return x * 2
print(Meth().m(4), Meth.m.__name__, Meth.m.__qualname__, Meth.m.__doc__)

def counting(func):
    @wraps(func)
    def inner(*a):
        inner.calls += 1
        return func(*a)
    inner.calls = 0
    return inner
@counting
def add(a, b):
    return a + b
print(add(1, 2), add(3, 4), add.calls, add.__name__)
