# Class and instance namespaces, vars(), setattr/getattr/delattr/hasattr, __dict__ updates.
class Config:
    debug = False
    level = 1
    def __init__(self, **overrides):
        for k, v in overrides.items():
            setattr(self, k, v)

c = Config(debug=True, name="svc")
print(c.debug, c.level, c.name, vars(c))
print(getattr(c, "level"), getattr(c, "missing", None), hasattr(c, "name"), hasattr(c, "nope"))
setattr(c, "level", 5)
print(c.level, Config.level)
delattr(c, "level")
print(c.level)
c.__dict__["injected"] = "via dict"
print(c.injected)
try:
    delattr(c, "level")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, "absent")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, 5)
except TypeError as e:
    print(type(e).__name__, e)
Config.new_class_attr = [1, 2]
print(c.new_class_attr, Config(x=1).new_class_attr is c.new_class_attr)

class Shared:
    items = []
    def add(self, v):
        self.items.append(v)
a, b = Shared(), Shared()
a.add(1); b.add(2)
print(Shared.items, a.items is b.items)
class Fixed:
    def __init__(self):
        self.items = []
    def add(self, v):
        self.items.append(v)
a, b = Fixed(), Fixed()
a.add(1); b.add(2)
print(a.items, b.items)
class Counter:
    n = 0
    def bump(self):
        self.n += 1
cnt = Counter()
cnt.bump(); cnt.bump()
print(cnt.n, Counter.n, vars(cnt))
def method_added_later(self):
    return "added later: " + type(self).__name__
Counter.extra = method_added_later
print(cnt.extra())
print("bump" in vars(Counter), "extra" in vars(cnt))
