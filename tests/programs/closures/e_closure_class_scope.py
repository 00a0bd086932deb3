# Closures and class bodies: class scope is skipped by methods, __class__ cell, closures over loop variables in classes.
x = "module"
class C:
    x = "class"
    def method(self):
        return x
    lam = lambda self: x
    values = [x for _ in range(1)]
print(C().method(), C().lam(), C.values)
def factory():
    y = "enclosing"
    class Inner:
        y = "class attr"
        def get(self):
            return y
        z = y
    return Inner
I = factory()
print(I().get(), I.z, I.y)
def counter_class():
    count = 0
    class Counter:
        def inc(self):
            nonlocal count
            count += 1
            return count
    return Counter
K = counter_class()
a, b = K(), K()
print(a.inc(), b.inc(), a.inc())
class Base:
    def who(self):
        return "Base"
class Derived(Base):
    def who(self):
        return "Derived>" + super().who()
    def cls_cell(self):
        return __class__.__name__
print(Derived().who(), Derived().cls_cell())
class Sub(Derived):
    pass
print(Sub().cls_cell(), Sub().who())
def make_methods():
    out = {}
    for name in ("a", "b"):
        def m(self, name=name):
            return name
        out[name] = m
    return type("Made", (), out)
M = make_methods()
print(M().a(), M().b())
class Outer:
    k = 1
    class Nested:
        try:
            val = k
        except NameError as e:
            val = "NameError: " + str(e)
print(Outer.Nested.val)
def closure_over_self():
    class Node:
        def __init__(self, v):
            self.v = v
            self.get = lambda: self.v
    n = Node(5)
    f = n.get
    n.v = 6
    return f()
print(closure_over_self())
funcs = []
for i in range(3):
    class Tmp:
        val = i
        def show(self):
            return self.val
    funcs.append(Tmp().show)
print([f() for f in funcs])
