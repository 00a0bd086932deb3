# tee: independent iterators over one source, each item pulled from the source once
import itertools
from itertools import tee, islice, count

a, b = tee([1, 2, 3])
print(list(a), list(b))
print(tee("ab", 0), len(tee("ab", 5)))
x, = tee("xyz", 1)
print(list(x))

def src():
    for i in range(4):
        print("  source", i)
        yield i
a, b, c = tee(src(), 3)
print("made")
print(next(a), next(a))
print(next(b))
print(list(a))
print(list(b), list(c))
print(list(a), list(b))

a, b = tee(count())
print(list(islice(a, 3)), list(islice(b, 5)), next(a))
a, b = tee(iter([1, 2, 3]))
c = a.__copy__()
print(next(a), list(c), list(a), list(b))
a, b = tee(iter("ab"))
a2, a3 = tee(a)
print(type(a2) is type(a), list(a2), list(a3), list(b))
print(type(a).__name__, type(a).__module__, isinstance(a, itertools._tee))

class Copyable:
    def __init__(self, items):
        self.items = list(items)
    def __iter__(self):
        return self
    def __next__(self):
        if not self.items:
            raise StopIteration
        return self.items.pop(0)
    def __copy__(self):
        print("  copy called")
        return Copyable(self.items)
p, q = tee(Copyable("mn"))
print(type(p).__name__, list(p), list(q))

for args in [(), ([1], -1), ([1], 2, 3), (1,), ([1], "a")]:
    try:
        tee(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    tee([1], n=2)
except TypeError as e:
    print(type(e).__name__, e)
