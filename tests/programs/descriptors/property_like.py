# A hand-written property class behaves like the built-in one.
class my_property:
    def __init__(self, fget=None, fset=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.__doc__ = doc if doc is not None else (fget.__doc__ if fget else None)
    def __get__(self, obj, owner):
        if obj is None:
            return self
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(obj)
    def __set__(self, obj, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(obj, value)
    def setter(self, fset):
        return type(self)(self.fget, fset, self.__doc__)

class Account:
    def __init__(self):
        self._balance = 0
    @my_property
    def balance(self):
        "current balance"
        return self._balance
    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative balance")
        self._balance = value
    @my_property
    def frozen(self):
        return True

a = Account()
a.balance = 10
print(a.balance, Account.balance.__doc__, type(Account.balance).__name__)
try:
    a.balance = -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.frozen = False
except AttributeError as e:
    print(type(e).__name__, e)
print(a.frozen, a.balance)

class Observed:
    def __init__(self):
        self.log = []
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        self.log.append(("get", self.name))
        return obj.__dict__.get(self.name)
    def __set__(self, obj, value):
        self.log.append(("set", self.name, value))
        obj.__dict__[self.name] = value
class Thing:
    x = Observed()
t = Thing()
t.x = 1
t.x += 1
print(t.x, Thing.x.log)
