# Decorators that keep state: memoization, class decoration, call counting.
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))

def add_greeting(cls):
    cls.greet = lambda self: f"hello from {type(self).__name__}"
    return cls

@add_greeting
class Person:
    pass
print(Person().greet())
counter_calls = []
def counted(fn):
    def w(*a):
        counter_calls.append(fn.__name__)
        return fn(*a)
    return w
@counted
def noop(): return None
noop(); noop()
print(counter_calls)
