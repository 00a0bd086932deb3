# How functions become bound methods; classmethod/staticmethod as descriptors; callable attributes.
class A:
    def f(self):
        return "A.f"
    @classmethod
    def c(cls):
        return cls.__name__
    @staticmethod
    def s():
        return "static"

a = A()
print(a.f(), A.f(a), a.c(), A.c(), a.s(), A.s())
m1 = a.f
m2 = a.f
print(m1 == m2, m1.__self__ is a, m1.__func__ is A.f, m1 is m2)
print(type(A.__dict__["c"]).__name__, A.__dict__["c"].__get__(None, A)())
print(A.__dict__["s"].__get__(None, A)(), type(a.c).__name__)

def external(self):
    return f"external on {type(self).__name__}"
a.inst_fn = external
try:
    a.inst_fn()
except TypeError as e:
    print(type(e).__name__, e)
print(a.inst_fn(a))
A.cls_fn = external
print(a.cls_fn())
a.lam = lambda: "instance lambda, no self"
print(a.lam())

class B(A):
    def f(self):
        return "B.f+" + super().f()
b = B()
print(b.f(), A.f(b), B.c(), b.c())
methods = [a.f, b.f, A.c, B.c, A.s]
print([m() for m in methods])
class Callable:
    def __call__(self, x):
        return ("called", x)
class Holder:
    tool = Callable()
print(Holder().tool(5))
bound_list_append = [].append
print(type(bound_list_append).__name__, bound_list_append(1))
