# __set_name__ on descriptors, descriptors on classes shared by instances, unit conversion.
class Field:
    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name
        owner._fields = getattr(owner, "_fields", []) + [name]
    def __get__(self, obj, owner):
        if obj is None:
            return f"<Field {self.public}>"
        return getattr(obj, self.private, None)
    def __set__(self, obj, value):
        setattr(obj, self.private, value)

class Model:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields)
        return f"{type(self).__name__}({inner})"

class User(Model):
    name = Field()
    email = Field()
    age = Field()

u = User(name="ann", age=31)
print(u, User.name, User._fields)
u.email = "ann@example.org"
print(u, sorted(vars(u)))

class Unit:
    def __init__(self, factor):
        self.factor = factor
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.meters / self.factor
    def __set__(self, obj, value):
        obj.meters = value * self.factor

class Distance:
    km = Unit(1000.0)
    cm = Unit(0.01)
    mile = Unit(1609.344)
    def __init__(self, meters):
        self.meters = meters

d = Distance(5000)
print(d.km, round(d.mile, 4), d.cm)
d.mile = 1
print(d.meters, round(d.km, 6))
d.cm = 250
print(d.meters, Distance.km.name, Distance.mile.factor)
