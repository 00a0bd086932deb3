# C3 linearization: diamonds, complex hierarchies, and the TypeError for inconsistent orders.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([k.__name__ for k in Z.__mro__])
print([k.__name__ for k in Z.mro()], Z.__bases__ == (K1, K2, K3))
class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
try:
    class Bad(XY, YX): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(X, XY): pass
except TypeError as e:
    print(type(e).__name__, e)
class Ok(XY, X): pass
print([k.__name__ for k in Ok.__mro__])
try:
    class Dup(X, X): pass
except TypeError as e:
    print(type(e).__name__, e)
class Top:
    def who(self):
        return ["Top"]
class Left(Top):
    def who(self):
        return ["Left"] + super().who()
class Right(Top):
    def who(self):
        return ["Right"] + super().who()
class Bottom(Left, Right):
    def who(self):
        return ["Bottom"] + super().who()
print(Bottom().who(), [k.__name__ for k in Bottom.__mro__])
print(super(Left, Bottom()).who(), super(Right, Bottom()).who())
print(issubclass(Bottom, Top), issubclass(Top, Bottom), isinstance(Bottom(), (Right, int)), Bottom.__base__.__name__)
class M1: x = "M1"
class M2: x = "M2"
class N(M1, M2): pass
class P(M2, M1): pass
print(N.x, P.x, N.__mro__[1].__name__, object in N.__mro__, N.__mro__[-1].__name__)
print([c.__name__ for c in bool.__mro__], [c.__name__ for c in KeyError.__mro__])
print(type.__mro__ if False else [c.__name__ for c in type(Z).__mro__])
