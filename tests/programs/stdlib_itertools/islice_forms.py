# islice: every argument form, consumption of the source, CPython's error messages
import sys
from itertools import islice, count

s = "abcdefghij"
print(list(islice(s, 4)), list(islice(s, None)), list(islice(s, 20)))
print(list(islice(s, 2, 5)), list(islice(s, 2, None)), list(islice(s, None, 3)))
print(list(islice(s, 1, 9, 3)), list(islice(s, 0, None, 4)), list(islice(s, None, None, 5)))
print(list(islice(s, 5, 2)), list(islice(s, 0)), list(islice([], 3)))
print(list(islice(count(), 10**6, 10**6 + 3)))
print(list(islice(range(100), 3, sys.maxsize, 40)))
print(list(islice(s, True, 4)))

it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 2, 4)), list(it))
it = iter(range(5))
print(list(islice(it, 7, 9)), list(it))

def noisy():
    for i in range(6):
        print("  produce", i)
        yield i
sl = islice(noisy(), 1, 5, 2)
print("made")
print(next(sl))
print(next(sl))
print(list(sl))

class Idx:
    def __index__(self):
        return 2
print(list(islice(s, Idx(), Idx() .__index__() + 3)))

bad = [(s,), (s, "a"), (s, -1), (s, -5), (s, 1, -1), (s, -1, 3), (s, 1, 3, 0), (s, 1, 3, -1),
       (s, 1, 2, "x"), (s, 2.5), (s, 2**70), (s, 0, 2**65), (1, 2), (s, 1, 2, 3, 4)]
for args in bad:
    try:
        islice(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    islice(s, stop=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    islice()
except TypeError as e:
    print(type(e).__name__, e)
