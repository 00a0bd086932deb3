# count, cycle and repeat: values, steps, reprs, laziness and length hints
import itertools
from itertools import count, cycle, repeat, islice

print(list(islice(count(), 5)))
print(list(islice(count(10), 3)))
print(list(islice(count(5, -2), 4)))
print(list(islice(count(0.5, 0.25), 5)))
print(list(islice(count(1, 0.1), 4)))
print(list(islice(count(2**62, 2**62), 3)))
print(list(islice(count(start=3, step=3), 3)))
c = count(7)
print(next(c), next(c), repr(c))
print(repr(count()), repr(count(5, 1)), repr(count(5, 2)), repr(count(1, 1.0)), repr(count(step=-1)))
print(repr(count(2**70)), repr(count(0.5, 0.25)))
print(type(c) is itertools.count, isinstance(c, itertools.count), type(c).__name__, type(c).__module__)
print(iter(c) is c)
for bad in [("a",), (1, "b"), (None,)]:
    try:
        count(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    count(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    count(foo=1)
except TypeError as e:
    print(type(e).__name__, e)

cy = cycle("abc")
print([next(cy) for _ in range(8)])
print(list(cycle([])))
def gen():
    print("gen start")
    yield 1
    print("gen middle")
    yield 2
    print("gen end")
g = cycle(gen())
print("made cycle")
print([next(g) for _ in range(5)])
for args in [(), ([1], [2]), (5,)]:
    try:
        cycle(*args)
    except TypeError as e:
        print(type(e).__name__, e)

r = repeat("x", 3)
print(repr(r), r.__length_hint__())
print(list(r), repr(r), r.__length_hint__())
print(list(repeat(1, 0)), list(repeat(1, -5)), repr(repeat(1, -5)))
print(list(islice(repeat([1]), 3)), repr(repeat("a")))
print(list(repeat(object=2, times=2)))
try:
    repeat(1).__length_hint__()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(repeat(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
for args in [(), (1, "a"), (1, 2, 3)]:
    try:
        repeat(*args)
    except TypeError as e:
        print(type(e).__name__, e)
print(list(map(pow, range(5), repeat(2))))
