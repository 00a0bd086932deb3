# Attribute lookup precedence: data descriptors beat the instance dict, which beats non-data descriptors.
class Data:
    def __get__(self, obj, owner):
        return "data.__get__" if obj is not None else "data on class"
    def __set__(self, obj, value):
        obj.__dict__["d"] = ("stored by __set__", value)
class NonData:
    def __get__(self, obj, owner):
        return "nondata.__get__" if obj is not None else "nondata on class"
class GetOnlyData:
    def __get__(self, obj, owner):
        return "getonly"
    def __delete__(self, obj):
        print("  __delete__ called")
class C:
    d = Data()
    n = NonData()
    g = GetOnlyData()
    plain = "class attr"
c = C()
print(c.d, c.n, c.g, c.plain, C.d, C.n)
c.__dict__["d"] = "instance dict d"
c.__dict__["n"] = "instance dict n"
c.__dict__["g"] = "instance dict g"
c.__dict__["plain"] = "instance plain"
print(c.d, c.n, c.g, c.plain)
c.d = 5
print(c.__dict__["d"], c.d)
c.n = "assigned n"
print(c.n, c.__dict__["n"])
try:
    c.g = 1
except AttributeError as e:
    print(type(e).__name__, e)
del c.g
del c.n
print(c.n, "n" in c.__dict__)
C.n = "replaced on class"
print(c.n, C.n)
class Meta:
    def __get__(self, obj, owner):
        return f"owner={owner.__name__}, obj={type(obj).__name__}"
class Base:
    m = Meta()
class Derived(Base):
    pass
print(Base().m, Derived().m, Derived.m)
class Desc:
    def __get__(self, obj, owner=None):
        return ("get", owner.__name__ if owner else None)
d = Desc()
print(d.__get__(None, C), d.__get__(c), C.__dict__["d"].__class__.__name__)
class Overrides:
    def method(self):
        return "method"
o = Overrides()
o.method = lambda: "instance function"
print(o.method(), Overrides.method(o), Overrides().method())
o.__dict__.pop("method")
print(o.method())
class Prop:
    @property
    def p(self):
        return "property"
pr = Prop()
pr.__dict__["p"] = "shadow attempt"
print(pr.p, pr.__dict__)
try:
    pr.p = 1
except AttributeError as e:
    print(type(e).__name__, e)
