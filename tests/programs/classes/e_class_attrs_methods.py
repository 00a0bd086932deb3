# Class-level data vs. instance data, methods stored as attributes, bound method identity and equality.
class Widget:
    registry = []
    default_size = 10
    def __init__(self, name, size=None):
        self.name = name
        if size is not None:
            self.default_size = size
        Widget.registry.append(name)
    def size(self):
        return self.default_size
    def rename(self, new):
        old, self.name = self.name, new
        return old
w1, w2 = Widget("a"), Widget("b", 25)
print(w1.size(), w2.size(), Widget.default_size, Widget.registry, "default_size" in vars(w2), "default_size" in vars(w1))
Widget.default_size = 99
print(w1.size(), w2.size())
m1, m2 = w1.size, w1.size
print(m1 == m2, m1 is m2, m1.__self__ is w1, m1.__func__ is Widget.size, w1.size == w2.size, m1())
unbound = Widget.size
print(unbound(w2), unbound.__name__, type(m1).__name__, type(unbound).__name__)
w1.size = lambda: "instance override"
print(w1.size(), Widget.size(w1))
del w1.size
print(w1.size())
print(w1.rename("z"), w1.name, Widget.rename(w2, "y"), w2.name)
def external(self):
    return f"external sees {self.name}"
Widget.ext = external
print(w1.ext(), w2.ext(), Widget.ext(w1))
class Empty:
    pass
e = Empty()
e.x = 1
e.__dict__["y"] = 2
print(vars(e), e.y, Empty.__name__, Empty.__bases__, len(Empty.__dict__) > 0)
try:
    Widget.size()
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    w1.missing_method()
except AttributeError as ex:
    print(type(ex).__name__, ex)
print(isinstance(w1, Widget), type(w1) is Widget, w1.__class__ is Widget, Widget.__class__ is type)
