# Decorators: plain, with arguments, stacked, class decorators, preserving metadata by hand.
def trace(fn):
    def wrapper(*args, **kwargs):
        print(f"-> {fn.__name__}{args}")
        result = fn(*args, **kwargs)
        print(f"<- {fn.__name__} = {result!r}")
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper

@trace
def add(a, b):
    "Add two things."
    return a + b

add(2, 3)
print(add.__name__, add.__doc__)

def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco

@repeat(3)
def hello(name):
    return f"hi {name}"
print(hello("bo"))

def bold(fn):
    return lambda *a: "<b>" + fn(*a) + "</b>"
def italic(fn):
    return lambda *a: "<i>" + fn(*a) + "</i>"

@bold
@italic
def text(s):
    return s
print(text("stacked"))

registry = {}
def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco

@register("double")
def double(x):
    return 2 * x

@register("square")
def square(x):
    return x * x

print(sorted(registry), registry["square"](7), double(4))
