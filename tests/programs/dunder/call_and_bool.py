# __call__, __bool__, __len__ truthiness, __index__, __int__, __float__, __hash__.
class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0
    def __call__(self, x, *, twice=False):
        self.calls += 1
        return x * self.k * (2 if twice else 1)
m = Multiplier(3)
print(m(5), m(5, twice=True), m.calls, callable(m), list(map(m, [1, 2])))

class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print(f"  __bool__({self.v})")
        return self.v
print(bool(Flag(True)), not Flag(False))
print(Flag(False) or "fallback")
if Flag(True) and Flag(False):
    print("unreachable")
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(Sized(0)), bool(Sized(2)), "yes" if Sized(1) else "no")
try:
    len(Sized(-1))
except ValueError as e:
    print(type(e).__name__, e)
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print([10, 20, 30][Idx(1)], "abc"[Idx(-1)], hex(Idx(255)), bin(Idx(5)), range(Idx(3)), "ab" * Idx(2))
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 7.5
print(int(Num()), float(Num()))
try:
    [1][Num()]
except TypeError as e:
    print(type(e).__name__, e)
class H:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return self.k
    def __eq__(self, o):
        return self.k == o.k
print(hash(H(5)), hash(H(-1)), len({H(1), H(1), H(2)}))
