# Decorators: application order, decorators with arguments, class decorators, decorating methods and properties.
order = []
def deco(name):
    order.append(f"make {name}")
    def wrap(fn):
        order.append(f"apply {name}")
        def inner(*a, **k):
            return f"{name}(" + str(fn(*a, **k)) + ")"
        inner.__name__ = fn.__name__
        inner.__wrapped__ = fn
        return inner
    return wrap
@deco("outer")
@deco("inner")
def base(x):
    return x * 2
print(order)
print(base(21), base.__name__, base.__wrapped__.__name__, base.__wrapped__.__wrapped__(1))
def register(registry):
    def add(cls):
        registry[cls.__name__] = cls
        return cls
    return add
reg = {}
@register(reg)
class Alpha:
    pass
@register(reg)
class Beta(Alpha):
    pass
print(sorted(reg), reg["Beta"].__mro__[1].__name__)
def count_calls(fn):
    def wrapper(*args):
        wrapper.calls += 1
        return fn(*args)
    wrapper.calls = 0
    return wrapper
class Svc:
    @count_calls
    def work(self, n):
        return n + 1
    @staticmethod
    @count_calls
    def helper(n):
        return n * 10
    @property
    @count_calls
    def prop(self):
        return "p"
s = Svc()
print(s.work(1), s.work(2), Svc.work.calls, Svc.helper(3), s.prop, s.prop)
print(Svc.__dict__["prop"].fget.calls, Svc.__dict__["helper"].__func__.calls)
@lambda f: f()
def immediately():
    return "called at definition"
print(immediately)
def deco_with_optional(fn=None, *, tag="T"):
    if fn is None:
        return lambda f: deco_with_optional(f, tag=tag)
    return lambda *a: f"{tag}:{fn(*a)}"
@deco_with_optional
def p1(x):
    return x
@deco_with_optional(tag="Q")
def p2(x):
    return x
print(p1(1), p2(2))
def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Conf:
    def __init__(self, v):
        self.v = v
print(Conf(1).v, Conf(2).v, Conf(3) is Conf(4))
