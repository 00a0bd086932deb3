# super() with classmethods, staticmethods, properties, __init__ chains with kwargs, and two-argument forms.
class Base:
    registry = []
    def __init__(self, **kw):
        self.base_kw = kw
    @classmethod
    def create(cls, *args):
        return f"Base.create for {cls.__name__} {args}"
    @staticmethod
    def helper(x):
        return f"Base.helper({x})"
    @property
    def label(self):
        return "base-label"
    def __repr__(self):
        return f"<{type(self).__name__}>"
class Mid(Base):
    def __init__(self, mid=None, **kw):
        self.mid = mid
        super().__init__(**kw)
    @classmethod
    def create(cls, *args):
        return "Mid>" + super().create(*args)
    @staticmethod
    def helper(x):
        return "Mid>" + super(Mid, Mid).helper(x)
    @property
    def label(self):
        return "mid+" + super().label
class Leaf(Mid):
    def __init__(self, leaf=None, **kw):
        self.leaf = leaf
        super().__init__(**kw)
    @classmethod
    def create(cls, *args):
        return "Leaf>" + super().create(*args)
l = Leaf(leaf=1, mid=2, extra=3)
print(l.leaf, l.mid, l.base_kw, l.label)
print(Leaf.create(1, 2), Mid.create(), l.create("inst"))
print(Leaf.helper(5), Base.helper(1))
print(super(Leaf, l).label, super(Mid, l).label, super(Leaf, Leaf).create())
s = super(Leaf, l)
print(type(s).__name__, s.__repr__(), repr(s.__self__), s.__thisclass__.__name__)
try:
    super(Leaf, 5)
except TypeError as e:
    print(type(e).__name__, e)
def outside():
    return super().label
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
class A:
    def go(self):
        return "A"
class B(A):
    def go(self):
        return "B" + super().go()
class C(A):
    def go(self):
        return "C" + super().go()
class D(B, C):
    def go(self):
        return "D" + super().go()
print(D().go(), super(B, D()).go(), super(C, D()).go())
class Attr(A):
    value = "attr"
    def read(self):
        try:
            return super().value
        except AttributeError as e:
            return f"AttributeError: {e}"
print(Attr().read())
