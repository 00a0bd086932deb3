# __bool__/__len__ protocol errors: non-bool __bool__, negative or huge __len__, __iter__ = None, __contains__ fallback.
class B:
    def __init__(self, r):
        self.r = r
    def __bool__(self):
        return self.r
for r in [True, False, 0, 1, None, "yes"]:
    try:
        print(repr(r), bool(B(r)))
    except TypeError as e:
        print(repr(r), type(e).__name__, e)
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
for n in [0, 3, -1, 2 ** 70, True, 2.5, "3"]:
    try:
        print(repr(n), len(L(n)), bool(L(n)))
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(n), type(e).__name__, e)
class Idx:
    def __index__(self):
        return 4
class LIdx:
    def __len__(self):
        return Idx()
print(len(LIdx()))
class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError
try:
    iter(NoIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in NoIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class GetItemOnly:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(list(GetItemOnly()), 20 in GetItemOnly(), 25 in GetItemOnly(), list(reversed([1, 2])))
class IterOnly:
    def __iter__(self):
        print("  iterating for contains")
        return iter([1, 2, 3])
print(2 in IterOnly(), 7 not in IterOnly())
class ContainsNone:
    __contains__ = None
    def __iter__(self):
        return iter([1])
try:
    1 in ContainsNone()
except TypeError as e:
    print(type(e).__name__, e)
class ContainsTruthy:
    def __contains__(self, x):
        return "non-empty"
print(1 in ContainsTruthy(), 1 not in ContainsTruthy())
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
