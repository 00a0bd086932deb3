# functools.cached_property, partialmethod and singledispatch
from functools import cached_property, partialmethod, singledispatch

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("  computing area")
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, "area" in c.__dict__)
del c.area
print(c.area)
c.area = 99
print(c.area, type(Circle.__dict__["area"]).__name__, Circle.area.attrname)
print(isinstance(Circle.area, cached_property))

cp = cached_property(lambda self: 1)
try:
    cp.__get__(Circle(1))
except TypeError as e:
    print(type(e).__name__, e)
cp.__set_name__(Circle, "x")
try:
    cp.__set_name__(Circle, "y")
except TypeError as e:
    print(type(e).__name__, e)

class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state):
        self.alive = bool(state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
cell = Cell()
cell.set_alive()
print(cell.alive)
cell.set_dead()
print(cell.alive)

@singledispatch
def show(x):
    return "object " + repr(x)
@show.register(int)
def _(x):
    return "int %d" % x
@show.register(list)
def _(x):
    return "list of %d" % len(x)
def show_str(x):
    return "str " + x
show.register(str, show_str)
print(show(1), show(True), show([1, 2]), show("s"), show(1.5), show(None))
print(show.dispatch(bool) is show.dispatch(int), show.dispatch(float).__name__, show.__name__)
try:
    show()
except TypeError as e:
    print(type(e).__name__, e)
class MyList(list):
    pass
print(show(MyList([1])))
