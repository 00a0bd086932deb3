# The pickle protocol as copy uses it: __getstate__/__setstate__, __reduce__,
# __reduce_ex__, __getnewargs__, and __slots__.
import copy

class WithState:
    def __init__(self):
        self.a = 1
        self.cache = "expensive"
    def __getstate__(self):
        print("  __getstate__")
        state = dict(self.__dict__)
        del state["cache"]
        return state
    def __setstate__(self, state):
        print("  __setstate__", sorted(state))
        self.__dict__.update(state)
        self.cache = "rebuilt"

w = copy.copy(WithState())
print(w.a, w.cache)
w = copy.deepcopy(WithState())
print(w.a, w.cache)

class OnlySet:
    def __init__(self):
        self.v = [1]
    def __setstate__(self, state):
        print("  __setstate__ got", state)
        self.__dict__ = state
print(copy.deepcopy(OnlySet()).v)

class Reduced:
    def __init__(self, x, y):
        print("  __init__", x, y)
        self.x, self.y = x, y
    def __reduce__(self):
        return (Reduced, (self.x, self.y))
r = copy.deepcopy(Reduced(1, [2]))
print(r.x, r.y)

class AsString:
    def __reduce__(self):
        return "global_name"
a = AsString()
print(copy.copy(a) is a, copy.deepcopy(a) is a)

class ReducedEx:
    def __reduce_ex__(self, protocol):
        print("  __reduce_ex__", protocol)
        return (list, ([1, 2],), None, iter([3]))
print(copy.copy(ReducedEx()), copy.deepcopy(ReducedEx()))

class Slotted:
    __slots__ = ("x", "y", "__private")
    def __init__(self):
        self.x = [1]
        self._Slotted__private = "p"
s = copy.copy(Slotted())
print(s.x, hasattr(s, "y"), s._Slotted__private)
d = copy.deepcopy(Slotted())
print(d.x, hasattr(d, "y"))

class SlotChild(Slotted):
    __slots__ = ("z",)
    def __init__(self):
        super().__init__()
        self.z = "zz"
c = copy.deepcopy(SlotChild())
print(type(c).__name__, c.x, c.z, c._Slotted__private)

class NewArgs:
    def __new__(cls, n):
        print("  __new__", n)
        obj = super().__new__(cls)
        obj.n = n
        return obj
    def __getnewargs__(self):
        return (self.n * 10,)
print(copy.copy(NewArgs(4)).n)
