# Multiple inheritance, C3 linearization and cooperative super().
class Base:
    def __init__(self):
        print("  Base.__init__")
        self.trail = ["Base"]
    def who(self):
        return "Base"

class Left(Base):
    def __init__(self):
        print("  Left.__init__")
        super().__init__()
        self.trail.append("Left")
    def who(self):
        return "Left>" + super().who()

class Right(Base):
    def __init__(self):
        print("  Right.__init__")
        super().__init__()
        self.trail.append("Right")
    def who(self):
        return "Right>" + super().who()

class Child(Left, Right):
    def __init__(self):
        print("  Child.__init__")
        super().__init__()
        self.trail.append("Child")
    def who(self):
        return "Child>" + super().who()

c = Child()
print(c.trail)
print(c.who())
print([k.__name__ for k in Child.__mro__])
print([k.__name__ for k in Child.mro()])

class A: pass
class B: pass
class C: pass
class D: pass
class E: pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([k.__name__ for k in Z.__mro__])

try:
    class Bad(A, K1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class X: 
    def hello(self):
        return "X"
class Y(X): pass
class W(X):
    def hello(self):
        return "W"
class V(Y, W): pass
print(V().hello(), [k.__name__ for k in V.__mro__])
print(issubclass(V, X), isinstance(V(), W), Child.__bases__, Z.__base__.__name__)
