# Data descriptors (__get__/__set__) for typed, validated attributes.
class Typed:
    def __init__(self, name, kind, default=None):
        self.name = name
        self.kind = kind
        self.default = default
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        obj.__dict__[self.name] = value

class Positive(Typed):
    def __set__(self, obj, value):
        super().__set__(obj, value)
        if value <= 0:
            del obj.__dict__[self.name]
            raise ValueError(f"{self.name} must be positive, got {value}")

class Product:
    name = Typed("name", str, "unnamed")
    price = Positive("price", float)
    qty = Positive("qty", int, 1)
    def __init__(self, name, price, qty=1):
        self.name = name
        self.price = price
        self.qty = qty
    def total(self):
        return self.price * self.qty

p = Product("pen", 1.5, 4)
print(p.name, p.price, p.qty, p.total(), p.__dict__)
for attr, value in [("qty", "ten"), ("qty", -1), ("price", 2), ("name", 7)]:
    try:
        setattr(p, attr, value)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(p.qty, type(Product.__dict__["qty"]).__name__, Product.name.default)
p.__dict__["qty"] = 99
print(p.qty, "(this __get__ reads the instance dict)")

class Override:
    def __get__(self, obj, owner):
        return "from descriptor"
    def __set__(self, obj, value):
        raise AttributeError("read-only descriptor")
class Host:
    attr = Override()
h = Host()
h.__dict__["attr"] = "from instance dict"
print(h.attr)
try:
    h.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
