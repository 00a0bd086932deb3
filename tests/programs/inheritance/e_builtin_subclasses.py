# Subclasses of int, float, str, tuple, list and dict: inherited behaviour, overridden methods, types of results.
class Meters(float):
    def __repr__(self):
        return f"{float(self)}m"
m = Meters(2.5)
print(m, m + 1, type(m + 1).__name__, m * 2, isinstance(m, float), round(m), int(m), f"{m:.2f}", repr([m]))
class Even(int):
    def __new__(cls, v):
        return super().__new__(cls, v - v % 2)
    def is_big(self):
        return self > 100
e = Even(7)
print(e, e.is_big(), Even(1001).is_big(), type(e + 1).__name__, e == 6, hash(e) == hash(6), str(e), bin(e))
class Upper(str):
    def shout(self):
        return self.upper() + "!"
u = Upper("hey")
print(u, u.shout(), type(u.upper()).__name__, u + "x", type(u + "x").__name__, len(u), u[0], u == "hey", "e" in u)
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
p = Pair(1, 2)
print(p, p.first, len(p), p + (3,), type(p + (3,)).__name__, p == (1, 2), hash(p) == hash((1, 2)))
class Stack(list):
    def push(self, v):
        self.append(v)
        return self
    def peek(self):
        return self[-1]
s = Stack([1])
s.push(2).push(3)
print(s, s.peek(), len(s), type(s[:2]).__name__, s.pop(), s, isinstance(s, list), s == [1, 2])
class Registry(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
r = Registry()
r["KEY"] = 1
print(r, r["key"], r["Key"], "key" in r, r.get("KEY"), len(r), dict(r))
class Bool2(int):
    pass
print(Bool2(True), Bool2(5) + Bool2(6), type(Bool2(5) + Bool2(6)).__name__, -Bool2(3), abs(Bool2(-3)))
