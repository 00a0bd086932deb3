# __copy__ and __deepcopy__(memo) take over copying.
import copy

class Custom:
    def __init__(self, items):
        self.items = items
    def __copy__(self):
        print("  __copy__")
        return Custom(self.items + ["(shallow)"])
    def __deepcopy__(self, memo):
        print("  __deepcopy__ memo has", len(memo), "entries")
        return Custom(copy.deepcopy(self.items, memo) + ["(deep)"])

c = Custom([1, [2]])
print(copy.copy(c).items)
print(copy.deepcopy(c).items)
print([x.items for x in copy.deepcopy([c, c])])

# __deepcopy__ results are memoized: the same object is copied once
class Once:
    calls = 0
    def __deepcopy__(self, memo):
        Once.calls += 1
        return Once()

o = Once()
r = copy.deepcopy([o, o, {"o": o}])
print(Once.calls, r[0] is r[1], r[0] is r[2]["o"], r[0] is o)

# returning self from __deepcopy__ keeps the object shared
class Singleton:
    def __deepcopy__(self, memo):
        return self
    def __copy__(self):
        return self

s = Singleton()
print(copy.deepcopy([s])[0] is s, copy.copy(s) is s)

# a __deepcopy__ that raises
class Refuses:
    def __deepcopy__(self, memo):
        raise copy.Error("refusing to be copied")

try:
    copy.deepcopy({"x": Refuses()})
except copy.Error as e:
    print(type(e).__name__, e)

# __copy__ is looked up on the class, __deepcopy__ on the instance
class Inst:
    pass
i = Inst()
i.__copy__ = lambda: "instance __copy__"
i.__deepcopy__ = lambda memo: "instance __deepcopy__"
print(type(copy.copy(i)).__name__, copy.deepcopy(i))

# inheritance of the hooks
class Base:
    def __copy__(self):
        return "copied " + type(self).__name__
class Derived(Base):
    pass
print(copy.copy(Derived()))
