# __set_name__ on descriptors (called at class creation), __init_subclass__ with keyword arguments.
class Field:
    def __set_name__(self, owner, name):
        print(f"  __set_name__({owner.__name__}, {name!r})")
        self.name = "_" + name
        self.owner = owner.__name__
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value)
print("defining Model")
class Model:
    title = Field()
    count = Field()
m = Model()
print(m.title, Model.title.name, Model.count.owner)
m.title = "hello"
print(m.title, m._title, sorted(vars(m)))
class Later:
    pass
f = Field()
Later.attr = f
print(hasattr(f, "name"))
f.__set_name__(Later, "attr")
class Validated:
    def __set_name__(self, owner, name):
        self.name = name
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name} must be int, got {type(value).__name__}")
        obj.__dict__[self.name] = value
class Item:
    qty = Validated()
it = Item()
it.qty = 5
print(it.qty)
try:
    it.qty = "five"
except TypeError as e:
    print(type(e).__name__, e)
registry = []
class Plugin:
    def __init_subclass__(cls, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        registry.append((cls.__name__, key))
class A(Plugin, key="a"):
    pass
class B(Plugin):
    pass
class C(A, key="c"):
    pass
print(registry)
try:
    class D(Plugin, unknown=1, key="d"):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Base:
    def __init_subclass__(cls):
        cls.tag = cls.__name__.lower()
class X(Base):
    pass
class Y(X):
    pass
print(X.tag, Y.tag, hasattr(Base, "tag"))
try:
    class Bad(object, extra=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Auto:
    def __init_subclass__(cls, /, prefix="", **kw):
        cls.full = prefix + cls.__name__
class Named(Auto, prefix="my_"):
    pass
print(Named.full)
